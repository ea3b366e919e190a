#!/usr/bin/env python3
"""batch07: "a regional RASSO hub's month" - synthetic RASSO pre-charge files from several
(fictional) forces feeding the Westmarch Regional RASSO Hub, March 2026.

Usage: python make_batch.py OUTDIR
Deterministic: seeded randomness, fixed dates, fixed archive timestamps.
All names, places and numbers are invented (01632 960xxx / 07700 900xxx, .example e-mail).
"""
import sys, os, io, json, math, random, zipfile, wave, struct, shutil, time
import datetime as dt
from xml.sax.saxutils import escape as xesc

from fpdf import FPDF
from fpdf.fonts import FontFace
import docx
from docx.shared import Pt, Cm
from PIL import Image, ImageDraw, ImageFont, ImageFilter
import numpy as np
import av

FONTS = "/usr/share/fonts/truetype/dejavu/"
FIXED = dt.datetime(2026, 3, 20, 9, 0, 0, tzinfo=dt.timezone.utc)
ZIPDATE = (2026, 3, 20, 9, 0, 0)
OSENS = "OFFICIAL-SENSITIVE (when complete)"

# --------------------------------------------------------------------------------------------
# block model: ("title", t) ("h", t) ("p", t) ("small", t) ("kv", [(k, v)]) ("table", hdr, rows,
# widths) ("sig", left, right) ("break",) ("cont", text)  -- rendered to several formats
# --------------------------------------------------------------------------------------------


def _font(size, bold=False, serif=False, mono=False):
    if mono:
        name = "DejaVuSansMono-Bold.ttf" if bold else "DejaVuSansMono.ttf"
    elif serif:
        name = "DejaVuSerif-Bold.ttf" if bold else "DejaVuSerif.ttf"
    else:
        name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    return ImageFont.truetype(FONTS + name, size)


class _PDF(FPDF):
    head = None
    foot = None
    fam = "S"

    def header(self):
        if self.head:
            self.set_font(self.fam, "", 7.5)
            self.set_text_color(80, 80, 80)
            self.cell(0, 4, self.head, align="C", new_x="LMARGIN", new_y="NEXT")
            self.ln(2)
            self.set_text_color(0, 0, 0)

    def footer(self):
        if self.foot:
            self.set_y(-13)
            self.set_font(self.fam, "", 7.5)
            self.set_text_color(80, 80, 80)
            self.cell(0, 4, self.foot.replace("{n}", str(self.page_no())), align="C")
            self.set_text_color(0, 0, 0)


def render_pdf(path, blocks, head=OSENS, foot="Page {n} of {nb}", serif=False, size=10, title=None):
    pdf = _PDF(format="A4")
    pdf.head, pdf.foot = head, foot
    if serif:
        pdf.add_font("S", "", FONTS + "DejaVuSerif.ttf")
        pdf.add_font("S", "B", FONTS + "DejaVuSerif-Bold.ttf")
    else:
        pdf.add_font("S", "", FONTS + "DejaVuSans.ttf")
        pdf.add_font("S", "B", FONTS + "DejaVuSans-Bold.ttf")
    pdf.set_creation_date(FIXED)
    pdf.set_creator("Niche RMS case file export")
    if title:
        pdf.set_title(title)
    pdf.set_margins(16, 14, 16)
    pdf.set_auto_page_break(True, 18)
    pdf.add_page()
    W = pdf.epw
    for b in blocks:
        k = b[0]
        if k == "title":
            pdf.set_font("S", "B", size + 4)
            pdf.multi_cell(W, 7, b[1], align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif k == "h":
            pdf.ln(1.5)
            pdf.set_font("S", "B", size + 1)
            pdf.multi_cell(W, 5.5, b[1], new_x="LMARGIN", new_y="NEXT")
        elif k in ("p", "small", "cont"):
            pdf.set_font("S", "", size - 2 if k == "small" else size)
            pdf.multi_cell(W, 4.6 if k == "small" else 5.2, b[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.2)
        elif k == "sig":
            pdf.ln(1)
            pdf.set_font("S", "", size)
            pdf.cell(W * 0.6, 6, b[1])
            pdf.cell(W * 0.4, 6, b[2] or "", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif k == "break":
            pdf.add_page()
        elif k in ("kv", "table"):
            if k == "kv":
                rows = [[a, c] for a, c in b[1]]
                hdr, widths = None, (32, 68)
            else:
                hdr, rows = b[1], b[2]
                widths = b[3] if len(b) > 3 and b[3] else None
            pdf.set_font("S", "", size - 1)
            kw = dict(text_align="LEFT", line_height=4.6, width=W,
                      first_row_as_headings=hdr is not None)
            if widths:
                kw["col_widths"] = widths
            if hdr is not None:
                kw["repeat_headings"] = 1
                kw["headings_style"] = FontFace(emphasis="BOLD", fill_color=(225, 225, 225))
            with pdf.table(**kw) as t:
                for row in ([hdr] if hdr else []) + rows:
                    r = t.row()
                    for cell in row:
                        r.cell(str(cell))
            pdf.ln(2)
    pdf.output(path)


def render_docx(path, blocks, head=OSENS, foot=None, size=10.5, font="Arial"):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    sec = d.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2)
    if head:
        sec.header.paragraphs[0].text = head
    if foot:
        sec.footer.paragraphs[0].text = foot
    for b in blocks:
        k = b[0]
        if k == "title":
            p = d.add_paragraph()
            r = p.add_run(b[1])
            r.bold = True
            r.font.size = Pt(size + 4)
        elif k == "h":
            p = d.add_paragraph()
            r = p.add_run(b[1])
            r.bold = True
        elif k in ("p", "cont"):
            d.add_paragraph(b[1])
        elif k == "small":
            p = d.add_paragraph()
            r = p.add_run(b[1])
            r.font.size = Pt(size - 2)
        elif k == "sig":
            d.add_paragraph(b[1] + ("        " + b[2] if b[2] else ""))
        elif k == "break":
            d.add_page_break()
        elif k == "kv":
            t = d.add_table(rows=0, cols=2)
            t.style = "Table Grid"
            for a, c in b[1]:
                cells = t.add_row().cells
                cells[0].text, cells[1].text = a, c
            d.add_paragraph("")
        elif k == "table":
            hdr, rows = b[1], b[2]
            t = d.add_table(rows=1, cols=len(hdr))
            t.style = "Table Grid"
            for i, h in enumerate(hdr):
                t.rows[0].cells[i].text = h
                for r in t.rows[0].cells[i].paragraphs[0].runs:
                    r.bold = True
            for row in rows:
                cells = t.add_row().cells
                for i, c in enumerate(row):
                    cells[i].text = str(c)
            d.add_paragraph("")
    cp = d.core_properties
    cp.author = "Westmarch RASSO"
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.last_modified_by = "Westmarch RASSO"
    cp.revision = 1
    d.save(path)
    normalize_zip(path)


def normalize_zip(path):
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w") as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, ZIPDATE)
            zi.compress_type = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def _rtf_esc(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ch == "\n":
            out.append("\\line ")
        elif o > 127:
            out.append("\\u%d?" % (o if o < 32768 else o - 65536))
        else:
            out.append(ch)
    return "".join(out)


def render_rtf(path, blocks, head=OSENS, foot=None):
    o = ["{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\fswiss Arial;}{\\f1\\froman Times New Roman;}}",
         "\\paperw11906\\paperh16838\\margl1134\\margr1134\\margt1134\\margb1134\\fs21"]
    if head:
        o.append("{\\header\\pard\\qc\\fs16 %s\\par}" % _rtf_esc(head))
    if foot:
        o.append("{\\footer\\pard\\qc\\fs16 %s\\par}" % _rtf_esc(foot))

    def row(cells, widths, bold=False):
        s = "\\trowd\\trgaph100"
        x = 0
        for w in widths:
            x += w
            s += "\\clbrdrt\\brdrs\\clbrdrl\\brdrs\\clbrdrb\\brdrs\\clbrdrr\\brdrs\\cellx%d" % x
        for c in cells:
            s += "\\pard\\intbl %s%s%s\\cell " % ("\\b " if bold else "", _rtf_esc(str(c)), "\\b0" if bold else "")
        return s + "\\row"
    for b in blocks:
        k = b[0]
        if k == "title":
            o.append("\\pard\\qc\\b\\fs28 %s\\b0\\fs21\\par" % _rtf_esc(b[1]))
        elif k == "h":
            o.append("\\pard\\sb120\\b %s\\b0\\par" % _rtf_esc(b[1]))
        elif k in ("p", "cont", "small"):
            o.append("\\pard\\sa100 %s\\par" % _rtf_esc(b[1]))
        elif k == "sig":
            o.append("\\pard\\sb80 %s\\tab\\tab %s\\par" % (_rtf_esc(b[1]), _rtf_esc(b[2] or "")))
        elif k == "break":
            o.append("\\page")
        elif k == "kv":
            for a, c in b[1]:
                o.append(row([a, c], [3000, 6600]))
            o.append("\\pard\\par")
        elif k == "table":
            n = len(b[1])
            w = [9600 // n] * n
            o.append(row(b[1], w, True))
            for r in b[2]:
                o.append(row(r, w))
            o.append("\\pard\\par")
    o.append("}")
    with open(path, "w", encoding="ascii") as f:
        f.write("\n".join(o))


def render_odt(path, blocks, head=OSENS, foot=None):
    ns = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.2"')
    body = []
    tn = 0
    for b in blocks:
        k = b[0]
        if k == "title":
            body.append('<text:h text:style-name="Heading_20_1" text:outline-level="1">%s</text:h>' % xesc(b[1]))
        elif k == "h":
            body.append('<text:h text:style-name="Heading_20_2" text:outline-level="2">%s</text:h>' % xesc(b[1]))
        elif k in ("p", "cont", "small"):
            body.append('<text:p text:style-name="Standard">%s</text:p>' % xesc(b[1]))
        elif k == "sig":
            body.append('<text:p text:style-name="Standard">%s<text:tab/>%s</text:p>' % (xesc(b[1]), xesc(b[2] or "")))
        elif k == "break":
            body.append('<text:p text:style-name="PB"/>')
        elif k in ("kv", "table"):
            tn += 1
            rows = [[a, c] for a, c in b[1]] if k == "kv" else [b[1]] + list(b[2])
            ncol = len(rows[0])
            t = ['<table:table table:name="Table%d"><table:table-column table:number-columns-repeated="%d"/>' % (tn, ncol)]
            for r in rows:
                t.append("<table:table-row>" + "".join(
                    '<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % xesc(str(c))
                    for c in r) + "</table:table-row>")
            t.append("</table:table>")
            body.append("".join(t))
    content = ('<?xml version="1.0" encoding="UTF-8"?><office:document-content %s>'
               '<office:automatic-styles><style:style style:name="PB" style:family="paragraph">'
               '<style:paragraph-properties fo:break-before="page"/></style:style></office:automatic-styles>'
               '<office:body><office:text>%s</office:text></office:body></office:document-content>') % (ns, "".join(body))
    hf = ""
    if head:
        hf += "<style:header><text:p>%s</text:p></style:header>" % xesc(head)
    if foot:
        hf += "<style:footer><text:p>%s</text:p></style:footer>" % xesc(foot)
    styles = ('<?xml version="1.0" encoding="UTF-8"?><office:document-styles %s><office:styles/>'
              '<office:automatic-styles><style:page-layout style:name="pm1"><style:page-layout-properties '
              'fo:page-width="21cm" fo:page-height="29.7cm" fo:margin="2cm"/></style:page-layout></office:automatic-styles>'
              '<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">%s'
              '</style:master-page></office:master-styles></office:document-styles>') % (ns, hf)
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
                'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>')
    meta = ('<?xml version="1.0" encoding="UTF-8"?><office:document-meta '
            'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
            'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" office:version="1.2"><office:meta>'
            '<meta:generator>LibreOffice/7.3</meta:generator><meta:creation-date>2026-03-20T09:00:00</meta:creation-date>'
            '</office:meta></office:document-meta>')
    with zipfile.ZipFile(path, "w") as z:
        for name, data in (("mimetype", "application/vnd.oasis.opendocument.text"), ("content.xml", content),
                           ("styles.xml", styles), ("meta.xml", meta), ("META-INF/manifest.xml", manifest)):
            zi = zipfile.ZipInfo(name, ZIPDATE)
            zi.compress_type = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


# ---------------------------- page images (scans and photos) --------------------------------

def _wrap(draw, text, font, width):
    words, lines, cur = text.split(" "), [], ""
    for w in words:
        t = (cur + " " + w).strip()
        if draw.textlength(t, font=font) <= width:
            cur = t
        else:
            if cur:
                lines.append(cur)
            cur = w
    lines.append(cur)
    return lines


def page_images(blocks, rng, W=1654, H=2339, fs=30, serif=True, head=OSENS, handwritten_sig=True):
    """Lay blocks out onto white page images (200 dpi A4 by default). Returns list of PIL L images."""
    f = _font(fs, serif=serif)
    fb = _font(fs, bold=True, serif=serif)
    ft = _font(int(fs * 1.35), bold=True, serif=serif)
    fsm = _font(int(fs * 0.8), serif=serif)
    mx, my = int(W * 0.08), int(H * 0.06)
    lh = int(fs * 1.38)
    pages = []

    def newpage():
        im = Image.new("L", (W, H), 250)
        d = ImageDraw.Draw(im)
        if head:
            d.text((W // 2 - d.textlength(head, font=fsm) // 2, my // 2), head, font=fsm, fill=60)
        pages.append(im)
        return im, d, my + lh
    im, d, y = newpage()

    def need(n):
        nonlocal im, d, y
        if y + n * lh > H - my - lh:
            im, d, y = newpage()
    for b in blocks:
        k = b[0]
        if k == "break":
            im, d, y = newpage()
            continue
        if k == "title":
            for ln in _wrap(d, b[1], ft, W - 2 * mx):
                need(1)
                d.text((W // 2 - d.textlength(ln, font=ft) // 2, y), ln, font=ft, fill=15)
                y += int(lh * 1.3)
            y += lh // 3
        elif k == "h":
            y += lh // 3
            for ln in _wrap(d, b[1], fb, W - 2 * mx):
                need(1)
                d.text((mx, y), ln, font=fb, fill=20)
                y += lh
        elif k in ("p", "cont", "small"):
            ff = fsm if k == "small" else f
            for ln in _wrap(d, b[1], ff, W - 2 * mx):
                need(1)
                d.text((mx, y), ln, font=ff, fill=25)
                y += lh
            y += lh // 3
        elif k == "sig":
            need(2)
            d.text((mx, y), b[1], font=f, fill=25)
            x0 = mx + d.textlength(b[1], font=f) + 20
            if handwritten_sig and b[1].rstrip().endswith(":"):
                pts = []
                for i in range(28):
                    pts.append((x0 + i * 9, y + 22 + 14 * math.sin(i * 0.9 + rng.random()) + rng.randint(-4, 4)))
                d.line(pts, fill=30, width=3)
            if b[2]:
                d.text((mx + int((W - 2 * mx) * 0.58), y), b[2], font=f, fill=25)
            y += int(lh * 1.6)
        elif k in ("kv", "table"):
            if k == "kv":
                rows = [[a, c] for a, c in b[1]]
                cw = [0.32, 0.68]
            else:
                rows = [b[1]] + list(b[2])
                n = len(b[1])
                ws = b[3] if len(b) > 3 and b[3] else [1] * n
                s = float(sum(ws))
                cw = [w / s for w in ws]
            tw = W - 2 * mx
            for ri, r in enumerate(rows):
                cells = [_wrap(d, str(c), fb if (k == "table" and ri == 0) else fsm, cw[i] * tw - 16) for i, c in enumerate(r)]
                nl = max(len(c) for c in cells)
                rh = nl * int(lh * 0.82) + 10
                if y + rh > H - my - lh:
                    im, d, y = newpage()
                x = mx
                for i, c in enumerate(cells):
                    d.rectangle([x, y, x + cw[i] * tw, y + rh], outline=70, width=2)
                    for j, ln in enumerate(c):
                        d.text((x + 8, y + 5 + j * int(lh * 0.82)), ln,
                               font=fb if (k == "table" and ri == 0) else fsm, fill=25)
                    x += cw[i] * tw
                y += rh
            y += lh // 2
    n = len(pages)
    out = []
    for i, im in enumerate(pages):
        d = ImageDraw.Draw(im)
        pn = "Page %d of %d" % (i + 1, n)
        d.text((W // 2 - d.textlength(pn, font=fsm) // 2, H - my), pn, font=fsm, fill=60)
        out.append(im)
    return out


def scanify(im, rng):
    """light speckle, slight tilt: a flatbed scan."""
    arr = np.asarray(im).astype(np.int16)
    noise = np.random.RandomState(rng.randint(0, 10 ** 6)).randint(-10, 10, arr.shape)
    arr = np.clip(arr + noise, 0, 255).astype(np.uint8)
    im = Image.fromarray(arr, "L")
    im = im.rotate(rng.uniform(-0.6, 0.6), resample=Image.BICUBIC, fillcolor=245)
    return im


def render_scan_pdf(path, blocks, rng, **kw):
    pages = page_images(blocks, rng, **kw)
    pdf = FPDF(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_creator("Canon iR-ADV C5535 scan")
    for im in pages:
        im = scanify(im, rng)
        bio = io.BytesIO()
        im.save(bio, "JPEG", quality=55, optimize=True)
        bio.seek(0)
        pdf.add_page()
        pdf.image(bio, x=0, y=0, w=210, h=297)
    pdf.output(path)


def render_photo(path, blocks, rng, **kw):
    """one page photographed with a phone: on a desk, slightly rotated and skewed."""
    im = page_images(blocks, rng, W=1240, H=1754, fs=23, **kw)[0].convert("RGB")
    im = Image.fromarray(np.clip(np.asarray(im).astype(np.int16) - 8 + np.random.RandomState(rng.randint(0, 999)).randint(-6, 6, (1754, 1240, 3)), 0, 255).astype(np.uint8))
    bg = Image.new("RGB", (1440, 1960), (96, 74, 55))
    bg.paste(im, (100, 100))
    bg = bg.rotate(rng.uniform(2.0, 3.5) * rng.choice([-1, 1]), resample=Image.BICUBIC, fillcolor=(90, 70, 52))
    w, h = bg.size
    s = 40
    bg = bg.transform((w, h), Image.QUAD, (s, 0, 0, h, w, h - s // 2, w - s // 2, 0), resample=Image.BICUBIC)
    bg = bg.resize((1080, 1470), Image.LANCZOS)
    bg.save(path, "JPEG", quality=80)


# ---------------------------- audio / video --------------------------------------------------

def make_video(path, lines, seconds=3, seed=1, size=(320, 240), fps=10, codec="mpeg4", tint=(40, 60, 80)):
    rng = np.random.RandomState(seed)
    W, H = size
    c = av.open(path, mode="w", format="mp4")
    vs = c.add_stream(codec, rate=fps)
    vs.width, vs.height, vs.pix_fmt = W, H, "yuv420p"
    if codec == "libx264":
        vs.options = {"crf": "32", "preset": "veryfast", "threads": "1"}
    else:
        vs.bit_rate = 200000
    vs.codec_context.thread_count = 1
    aus = c.add_stream("aac", rate=16000)
    aus.layout = "mono"
    aus.bit_rate = 32000
    f = _font(13, mono=True)
    for i in range(seconds * fps):
        im = Image.new("RGB", (W, H), tint)
        d = ImageDraw.Draw(im)
        # simple "room": two blocks that drift a little
        d.rectangle([40 + i % 7, 90, 120 + i % 7, 200], fill=(120, 100, 90))
        d.rectangle([190 - i % 5, 100, 270 - i % 5, 200], fill=(90, 110, 130))
        for j, ln in enumerate(lines):
            d.text((6, 4 + 15 * j), ln, font=f, fill=(240, 240, 240))
        d.text((6, H - 18), "%02d:%02d:%02d.%d" % (14, 3, 10 + i // fps, i % fps), font=f, fill=(255, 255, 0))
        arr = np.asarray(im).copy()
        arr = np.clip(arr.astype(np.int16) + rng.randint(-3, 3, arr.shape), 0, 255).astype(np.uint8)
        a = arr.astype(np.float32)
        Y = 0.257 * a[..., 0] + 0.504 * a[..., 1] + 0.098 * a[..., 2] + 16
        U = -0.148 * a[..., 0] - 0.291 * a[..., 1] + 0.439 * a[..., 2] + 128
        V = 0.439 * a[..., 0] - 0.368 * a[..., 1] - 0.071 * a[..., 2] + 128
        U = U.reshape(H // 2, 2, W // 2, 2).mean(axis=(1, 3))
        V = V.reshape(H // 2, 2, W // 2, 2).mean(axis=(1, 3))
        yuv = np.concatenate([Y.ravel(), U.ravel(), V.ravel()]).round().clip(0, 255).astype(np.uint8)
        fr = av.VideoFrame.from_ndarray(yuv.reshape(H * 3 // 2, W), format="yuv420p")
        fr.pts = i
        for p in vs.encode(fr):
            c.mux(p)
    for p in vs.encode():
        c.mux(p)
    n = 16000 * seconds
    t = np.arange(n) / 16000.0
    sig = (0.08 * np.sin(2 * math.pi * 180 * t) * (0.5 + 0.5 * np.sin(2 * math.pi * 2.5 * t))
           + 0.01 * rng.randn(n)).astype(np.float32)
    pts = 0
    for k in range(0, n, 1024):
        chunk = sig[k:k + 1024]
        if len(chunk) < 1024:
            chunk = np.pad(chunk, (0, 1024 - len(chunk)))
        af = av.AudioFrame.from_ndarray(chunk.reshape(1, -1), format="fltp", layout="mono")
        af.sample_rate = 16000
        af.pts = pts
        pts += 1024
        for p in aus.encode(af):
            c.mux(p)
    for p in aus.encode():
        c.mux(p)
    c.close()


def make_wav(path, seconds=4, seed=2):
    rng = np.random.RandomState(seed)
    sr = 8000
    n = sr * seconds
    t = np.arange(n) / sr
    ring = (np.sin(2 * math.pi * 425 * t) * ((t % 1.0) < 0.4) * (t < 1.5))
    voice = (np.sin(2 * math.pi * 160 * t + 3 * np.sin(2 * math.pi * 4 * t)) * (t >= 1.6) * (0.5 + 0.5 * np.sin(2 * math.pi * 1.3 * t)))
    s = 0.3 * ring + 0.25 * voice + 0.02 * rng.randn(n)
    data = (np.clip(s, -1, 1) * 32000).astype("<i2").tobytes()
    with wave.open(path, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(sr)
        w.writeframes(data)


def make_png_messages(path, title, msgs, rng):
    """a screenshot of a phone's message thread."""
    W, H = 540, 960
    im = Image.new("RGB", (W, H), (245, 245, 245))
    d = ImageDraw.Draw(im)
    d.rectangle([0, 0, W, 70], fill=(30, 30, 30))
    d.text((20, 22), title, font=_font(24, bold=True), fill=(255, 255, 255))
    f = _font(21)
    fs = _font(15)
    y = 90
    for who, when, txt in msgs:
        lines = _wrap(d, txt, f, 330)
        h = len(lines) * 28 + 16
        x = 20 if who == "in" else W - 370
        d.rounded_rectangle([x, y, x + 350, y + h], 16, fill=(225, 225, 230) if who == "in" else (60, 130, 240))
        for j, ln in enumerate(lines):
            d.text((x + 12, y + 8 + 28 * j), ln, font=f, fill=(20, 20, 20) if who == "in" else (255, 255, 255))
        d.text((x + 12, y + h + 2), when, font=fs, fill=(110, 110, 110))
        y += h + 30
    im.save(path, "PNG", optimize=True)


# ============================== form builders ===============================================

DECL = [
    "This statement (consisting of {pages} page(s) each signed by me) is true to the best of my knowledge "
    "and belief and I make it knowing that, if it is tendered in evidence, I shall be liable to prosecution "
    "if I have wilfully stated in it anything which I know to be false, or do not believe to be true.",
    "This statement, consisting of {pages} page(s) each signed by me, is true to the best of my knowledge and "
    "belief. I make it knowing that, if it is tendered in evidence, I shall be liable to prosecution if I have "
    "wilfully stated in it anything which I know to be false or do not believe to be true.",
    "Declaration: this statement ({pages} page(s), each signed by me) is true to the best of my knowledge and "
    "belief and I make it knowing that if it is tendered in evidence I shall be liable to prosecution if I have "
    "wilfully stated anything in it which I know to be false or do not believe to be true.",
]


def urn_boxes(urn):
    return [urn[0:2], urn[2:4], urn[4:9], urn[9:11]]


def mg11(c, w, style=0):
    """w: name (SURNAME style given by caller), age, occ, date, paras, sig, sigdate, pages, witnessed,
    interpreter, extra_rear, split (index of para where page 2 starts), force"""
    pages = w.get("pages", 2 if w.get("split") else 1)
    sig = w.get("sig", "[signed]")
    B = []
    if style == 0:
        B += [("small", "MG 11                                                                    " + OSENS),
              ("title", "WITNESS STATEMENT"),
              ("small", "Criminal Procedure Rules, r. 16.2; Criminal Justice Act 1967, s. 9; Magistrates' Courts Act 1980, s. 5B"),
              ("kv", [("URN", c["urn"]), ("Statement of", w["name"]),
                      ("Age if under 18", w.get("age", "Over 18")), ("Occupation", w["occ"])])]
    elif style == 1:
        B += [("title", "%s - Statement of Witness" % c["force"]),
              ("small", "(Criminal Justice Act 1967, s.9; Magistrates' Courts Act 1980, s.5B; Criminal Procedure Rules, r.16.2)  Form MG11"),
              ("table", ["URN", "", "", ""], [urn_boxes(c["urn"])], None),
              ("kv", [("Name", w["name"]), ("Age (if under 18)", w.get("age", "18+")), ("Occupation", w["occ"])])]
    else:
        B += [("h", "RESTRICTED WHEN COMPLETE   MG11"),
              ("title", "Witness Statement"),
              ("p", "URN: %s     Statement of: %s     Age if under 18: %s     Occupation: %s"
               % (c["urn"], w["name"], w.get("age", "over 18"), w["occ"]))]
    B.append(("p", DECL[style % 3].format(pages=pages)))
    B.append(("sig", "Signature: " + sig if not sig.endswith(":") else sig, "Date: " + w.get("sigdate", w["date"])))
    if w.get("vrec"):
        B.append(("small", "Tick if witness evidence is visually recorded  [X]  (supply witness details on rear)"))
    else:
        B.append(("small", "Tick if witness evidence is visually recorded  [  ]"))
    if w.get("interpreter"):
        B.append(("p", w["interpreter"]))
    paras = w["paras"]
    split = w.get("split")
    for i, p in enumerate(paras):
        if split and i == split:
            B.append(("sig", "Signature: " + sig if not sig.endswith(":") else sig,
                      "Signature witnessed by: " + w.get("witnessed", "") if w.get("witnessed") else ""))
            B.append(("break",))
            B.append(("small", "MG 11 (cont)   CONTINUATION OF STATEMENT OF: %s   URN %s" % (w["name"], c["urn"])))
        B.append(("p", p))
    B.append(("sig", "Signature: " + sig if not sig.endswith(":") else sig,
              "Signature witnessed by: " + w["witnessed"] if w.get("witnessed") else ""))
    if w.get("rear"):
        B.append(("break",))
        B.append(("h", "MG11 (rear) - Witness contact details (not disclosed to the defence)"))
        B.append(("kv", w["rear"]))
    return B


def mg11_file(c, w, style, fmt, path, rng):
    B = mg11(c, w, style)
    render(fmt, path, B, rng, head=None if style == 0 else OSENS,
           foot="Page {n} of {nb}" if fmt == "pdf" else None)


def render(fmt, path, B, rng, head=OSENS, foot="Page {n} of {nb}", **kw):
    if fmt == "pdf":
        render_pdf(path, B, head=head, foot=foot, **kw)
    elif fmt == "pdfserif":
        render_pdf(path, B, head=head, foot=foot, serif=True, **kw)
    elif fmt == "docx":
        render_docx(path, B, head=head, foot=(foot or "").replace("Page {n} of {nb}", OSENS) or None)
    elif fmt == "rtf":
        render_rtf(path, B, head=head, foot=None)
    elif fmt == "odt":
        render_odt(path, B, head=head)
    elif fmt == "scan":
        render_scan_pdf(path, B, rng, head=head)
    elif fmt == "photo":
        render_photo(path, B, rng, head=head)
    else:
        raise ValueError(fmt)


def incident_log(c, ref, entries, system="STORM"):
    B = [("title", "%s - Command and Control Incident Log" % c["force"]),
         ("kv", [("System", system), ("Incident number", ref), ("URN (linked)", c["urn"]),
                 ("Opened", entries[0][0]), ("Classification", "Sexual offence - rape / serious sexual offence"),
                 ("Grade", "Immediate" if "999" in entries[0][2] else "Priority")]),
         ("table", ["Date / time", "Operator", "Log entry"], [list(e) for e in entries], (22, 14, 64))]
    return B


def crime_report(c, ref, fields, narrative, system="Niche RMS"):
    B = [("title", "Crime Report - %s" % ref),
         ("small", "%s occurrence print | %s | %s" % (system, c["force"], OSENS)),
         ("kv", [("Occurrence / crime ref", ref), ("URN", c["urn"])] + fields),
         ("h", "Modus operandi / summary"), ("p", narrative)]
    return B


def pnc_print(c, name, dob, pncid, convictions, printed):
    B = [("title", "PNC PRINT - Convictions, Cautions and Antecedents"),
         ("small", "Police National Computer | printed %s | requested by RASSO hub file build | URN %s" % (printed, c["urn"])),
         ("kv", [("Subject", name), ("Date of birth", dob), ("PNC ID", pncid),
                 ("Warning signals", "None" if not convictions else "See record")])]
    if convictions:
        B.append(("h", "Convictions (%d)" % len(convictions)))
        B.append(("table", ["Date", "Court", "Offence", "Disposal"], convictions, (16, 26, 34, 24)))
    else:
        B.append(("p", "No convictions, cautions, reprimands or warnings are recorded against this subject."))
    B.append(("small", "Impending prosecutions: none. Wanted/missing: none. Print ends."))
    return B


def witness_pnc(c, rows, by, when, note=None):
    B = [("title", "Prosecution witnesses - PNC / local intelligence checks"),
         ("small", "URN %s | checks completed by %s on %s" % (c["urn"], by, when)),
         ("table", ["Witness", "Role in case", "PNC result", "Local systems"], rows, (28, 22, 28, 22))]
    if note:
        B.append(("p", note))
    return B


def mg6c(c, rows, officer, date, cont=True, style=0):
    hdr = ["Item no.", "Description and relevant date", "Location", "Copy to CPS?"]
    if style == 1:
        hdr = ["No.", "DESCRIPTION (give sufficient detail for the CPS to decide whether material should be inspected)",
               "Location", "Provided"]
    B = [("small", "MG 6C  " + OSENS),
         ("title", "POLICE SCHEDULE OF NON-SENSITIVE UNUSED MATERIAL"),
         ("kv", [("URN", c["urn"]), ("R v", c["rv"]), ("Schedule pages", "1 of 1" if not cont else "numbered at the foot of each page"),
                 ("Disclosure officer", officer), ("Date", date)]),
         ("p", "The disclosure officer believes that the following material, which does not form part of the "
               "prosecution case, is NOT SENSITIVE."),
         ("table", hdr, rows, (9, 55, 18, 18))]
    B.append(("sig", "Signature of disclosure officer: [signed]", "Date: " + date))
    return B


def mg6d(c, rows, officer, date, nil=False):
    B = [("small", "MG 6D  " + OSENS.replace(" (when complete)", " - SENSITIVE SCHEDULE, NOT FOR DISCLOSURE")),
         ("title", "POLICE SCHEDULE OF SENSITIVE MATERIAL"),
         ("kv", [("URN", c["urn"]), ("R v", c["rv"]), ("Disclosure officer", officer), ("Date", date)])]
    if nil:
        B.append(("p", "NIL RETURN. The disclosure officer has reviewed the material gathered in this investigation "
                       "and believes that there is no sensitive unused material. This schedule is submitted as a nil return."))
    else:
        B.append(("p", "The disclosure officer believes that the material listed below is sensitive and that it is "
                       "not in the public interest to disclose it, for the reasons given."))
        B.append(("table", ["Item no.", "Description", "Reason for sensitivity", "Officer's view on disclosure test"],
                  rows, (9, 36, 33, 22)))
    B.append(("sig", "Signature: [signed]", "Date: " + date))
    return B


def mg6e(c, officer, date, text):
    return [("small", "MG 6E  " + OSENS), ("title", "DISCLOSURE OFFICER'S REPORT"),
            ("kv", [("URN", c["urn"]), ("R v", c["rv"]), ("Disclosure officer", officer)]),
            ("p", text),
            ("p", "I confirm that I have examined or had examined all the material retained in this investigation, that "
                  "the schedules MG6C and MG6D are complete, and that material which might reasonably be considered "
                  "capable of undermining the prosecution case or assisting the case for the accused has been drawn to "
                  "the attention of the prosecutor as set out above."),
            ("sig", "Signed: " + officer, "Date: " + date)]


def mg12(c, rows, date):
    return [("small", "MG 12  " + OSENS), ("title", "EXHIBIT LIST"),
            ("kv", [("URN", c["urn"]), ("R v", c["rv"]), ("Date", date)]),
            ("table", ["Exhibit ref", "Description", "Produced by", "Location / with file"], rows, (14, 46, 22, 18))]


def roti(c, who, date, place, times, officers, legal, lines, kind="ROTI"):
    title = {"ROTI": "RECORD OF TAPED INTERVIEW (MG15)", "SDN": "SHORT DESCRIPTIVE NOTE OF INTERVIEW (SDN)",
             "ROVI": "RECORD OF VISUALLY RECORDED INTERVIEW (ROVI)"}[kind]
    B = [("small", "MG 15  " + OSENS), ("title", title),
         ("kv", [("URN", c["urn"]), ("Person interviewed", who), ("Date of interview", date), ("Place", place),
                 ("Time commenced / concluded", times), ("Interviewing officer(s)", officers),
                 ("Other persons present", legal), ("Recording ref", "DIMS %s/%s" % (c["urn"][-7:], who.split()[0][:3].upper()))]),
         ("table", ["Tape counter", "Person speaking", "Text / summary"], lines, (14, 16, 70))]
    return B


def dpn(c, who, device, data_types, date_range, reason, date, officer, version="DPN 1.2"):
    return [("title", "Digital Processing Notice (DPN) - agreement to extract information from a device"),
            ("small", "%s | %s | issued under the Police, Crime, Sentencing and Courts Act 2022, s.37" % (c["force"], version)),
            ("kv", [("URN", c["urn"]), ("Device user / owner", who), ("Device", device),
                    ("Why we are asking", reason), ("What will be extracted and reviewed", data_types),
                    ("Date range", date_range),
                    ("How long we may keep it", "Until the end of the case, including any appeal; then deleted in line with force retention policy"),
                    ("Your choices", "You may refuse, or agree to part of this request; you may withdraw agreement before the extraction. "
                                     "A refusal will be recorded and will not on its own end the investigation.")]),
            ("p", "I have read (or had read to me) this notice. I understand what information the police want, why, and what "
                  "will happen to it. I agree to the extraction described above and no more."),
            ("sig", "Signature of device user: [signed]", "Date: " + date),
            ("sig", "Officer: " + officer, "Date: " + date)]


def extract_report(c, ref, device, params, results, tool="Cellebrite UFED (selective extraction)"):
    return [("title", "Digital Forensic Unit - Extraction and Review Report"),
            ("kv", [("URN", c["urn"]), ("DFU ref", ref), ("Device", device), ("Tool", tool), ("Parameters applied", params)]),
            ("h", "Results"), ("p", results)]


def abe_summary(c, name, date, place, interviewer, others, recfile, exh, rows, intro):
    return [("small", OSENS), ("title", "Record of Video Recorded Interview (ABE) - Summary and Index"),
            ("kv", [("URN", c["urn"]), ("Interviewee", name), ("Date of interview", date), ("Location", place),
                    ("Interviewing officer", interviewer), ("Others present", others),
                    ("Recording (file / exhibit)", "%s  (%s)" % (recfile, exh))]),
            ("p", intro),
            ("table", ["Counter (mm:ss)", "Summary of what is said"], rows, (15, 85))]


def sarc_report(c, clinic, who, date, findings, consent, doctor):
    return [("title", "%s - Forensic Medical Examination: summary for police" % clinic),
            ("kv", [("URN", c["urn"]), ("Patient", who), ("Date / time of examination", date), ("Examiner", doctor)]),
            ("h", "Consent"), ("p", consent), ("h", "Findings (summary)"), ("p", findings)]


def sfr1(c, lab, ref, date, scientist, text):
    return [("title", "STREAMLINED FORENSIC REPORT (SFR1)"),
            ("kv", [("URN", c["urn"]), ("Laboratory", lab), ("Lab ref", ref), ("Date", date), ("Reporting scientist", scientist)]),
            ("h", "Key findings"), ("p", text),
            ("small", "This is a streamlined report. If the findings are not agreed, a full statement (SFR2 / MG11) can be provided.")]


def mg2(c, who, items, views, date, officer):
    return [("small", "MG 2  " + OSENS), ("title", "SPECIAL MEASURES ASSESSMENT"),
            ("kv", [("URN", c["urn"]), ("Witness", who)] + items),
            ("h", "Witness's own views"), ("p", views),
            ("sig", "Completed by: " + officer, "Date: " + date)]


def mg3_head(c, form="MG 3", title="REPORT TO CROWN PROSECUTOR FOR CHARGING DECISION"):
    return [("small", form + "      " + OSENS), ("title", title)]


# ============================== case folder helper ==========================================

class Case:
    def __init__(self, out, name, urn, force, rv, seed, stage="charging"):
        self.out, self.name, self.stage = out, name, stage
        self.dir = os.path.join(out, name)
        os.makedirs(self.dir, exist_ok=True)
        self.c = {"urn": urn, "force": force, "rv": rv}
        self.rng = random.Random(seed)
        self.seed = seed
        self.docs = []

    def p(self, fname):
        return os.path.join(self.dir, fname)

    def add(self, fname, fmt, B, type_, role=None, **kw):
        render(fmt, self.p(fname), B, self.rng, **kw)
        self.note(fname, type_, role)

    def note(self, fname, type_, role=None):
        e = {"name": fname, "type": type_}
        if role:
            e["role"] = role
        self.docs.append(e)

    def w11(self, fname, fmt, style, w, role):
        mg11_file(self.c, w, style, fmt, self.p(fname), self.rng)
        self.note(fname, "MG11", role)

    def video(self, fname, lines, type_="ABE_RECORDING", seconds=4, **kw):
        make_video(self.p(fname), lines, seconds=seconds, seed=self.seed, **kw)
        self.note(fname, type_)

    def expected(self, exit_, must_fail, must_not_fail, extra_types=()):
        types = []
        for d in self.docs:
            if isinstance(d["type"], str) and d["type"] not in types:
                types.append(d["type"])
        for t in extra_types:
            if t not in types:
                types.append(t)
        exp = {"case": self.name, "stage": self.stage, "exit": exit_, "present_types": types,
               "must_fail": must_fail, "must_not_fail": must_not_fail, "docs": self.docs}
        if exit_ is None:
            del exp["exit"]
        overlap = set(must_fail) & set(must_not_fail)
        assert not overlap, (self.name, overlap)
        with open(os.path.join(self.out, self.name + ".expected.json"), "w") as f:
            json.dump(exp, f, indent=2)
            f.write("\n")


ALL_CHARGING = ["mg3_present", "test_sought", "lines_of_enquiry", "suspect_account", "outstanding_dated",
                "complainant_account", "key_statements", "officer_statement", "signed", "suspect_interview",
                "previous_convictions", "witness_convictions", "mg6c", "mg6d", "schedule_descriptions",
                "rebuttable_presumption", "dig_dpn", "dig_prop", "digital_proportionality", "multimedia",
                "exhibits", "forensic_medical", "special_measures", "files_readable"]
ABE_TOPICS = ["abe_recording", "abe_summary", "abe_exhibited"]


def mm(*xs):
    out = []
    for x in xs:
        for t in (x if isinstance(x, (list, tuple)) else [x]):
            if t not in out:
                out.append(t)
    return out


def without(lst, *drop):
    return [t for t in lst if t not in drop]


# ============================== 01: Op HOLLYBANK (compliant, two suspects) ==================

def case_hollybank(out):
    k = Case(out, "Op HOLLYBANK 63WV0211426", "63WV0211426", "Wyvern Constabulary",
             "PELLOW and REES-ASHBY", 701)
    c = k.c
    oic = "DC 2290 Oliver STRAND"
    # ---------------- MG3 (DOCX, standard national order) ----------------
    B = mg3_head(c) + [
        ("kv", [("URN", "63WV0211426"), ("Police force / unit", "Wyvern Constabulary - Public Protection, Kedminster RASSO team (submitted via Westmarch Regional RASSO Hub)"),
                ("Suspect 1", "PELLOW, Jordan (DOB 03/09/2002)"), ("Suspect 2", "REES-ASHBY, Callum (DOB 21/11/2001)"),
                ("Offences", "Rape, Sexual Offences Act 2003 s.1 (two counts, one against each suspect); each suspect also as secondary party to the other's offence"),
                ("Date of offence", "15/02/2026 between 01:30 and 02:20"), ("Decision sought", "Full Code Test - charge or NFA for both suspects")]),
        ("h", "1. Officer in the case and contact"),
        ("p", "OIC: DC 2290 Oliver STRAND, Kedminster RASSO team. Direct line 01632 960418, mobile 07700 900418, e-mail "
              "oliver.strand@wyvern.police.example. Supervisor: DS 1184 Ruth GALLAGHER, 01632 960402."),
        ("h", "2. Early advice"),
        ("p", "Early advice was sought on 24/02/2026 from the CPS RASSO unit (Ms Helen ARKWRIGHT, senior crown prosecutor). "
              "The advice asked for the toxicology to be chased, for all six party guests to be spoken to, and for the "
              "suspects' accounts to be put to the complainant only if something new arose. Each point is answered below. "
              "The record of advice is in the file."),
        ("h", "3. Summary of key evidence"),
        ("p", "On the night of 14 to 15 February 2026 Amber LISCOMBE (19, student) attended a party hosted by Mason ELWORTHY "
              "at 27 Hollybank Terrace, Kedminster. She drank heavily. At about 01:30 she went upstairs to lie down in a "
              "back bedroom. She says PELLOW came in, lay beside her and had vaginal intercourse with her while she said "
              "'no' and tried to push him off; REES-ASHBY was in the room, closed the door and, after PELLOW left, also had "
              "intercourse with her. She describes being too drunk to get up. Neighbour's doorbell footage shows both "
              "suspects leaving the address together at 02:20."),
        ("p", "At 02:41 she sent a text message to her friend Keira DONNACHIE: 'something bad happened at masons. I didnt "
              "want it. please come get me'. Keira collected her at about 03:05; Amber told her in the car that Jordan and "
              "his mate 'did stuff' to her and that she kept saying no. Keira has made a statement. This is the first "
              "account; there is no other person to whom she disclosed before reporting."),
        ("p", "She reported by 101 at 11:20 on 15/02/2026. PC 4471 Hannah MORTLOCK attended, took a first account and "
              "arranged the SARC. The complainant was examined at Beacon House SARC by Dr Saoirse QUINLAN that afternoon "
              "and gave a video-recorded (ABE) interview on 16/02/2026 to DC STRAND. The recording, its summary and DC "
              "STRAND's statement exhibiting it (OS/1) are in the file."),
        ("h", "4. Suspects' accounts"),
        ("p", "PELLOW (interviewed 19/02/2026, solicitor present) says sex took place and was consensual: Amber had "
              "kissed him in the kitchen, took him upstairs and was not as drunk as she claims. He denies REES-ASHBY had "
              "any sexual contact with her. REES-ASHBY gave a prepared statement: he went into the bedroom to fetch his "
              "jacket, saw the two of them on the bed, and left; he denies any sexual contact. He then answered 'no comment'. "
              "The likely defence is consent (PELLOW) and denial of the act (REES-ASHBY)."),
        ("h", "5. Reasonable lines of enquiry, including those that point away from the suspects"),
        ("p", "(a) Party guests: Mason ELWORTHY and six other guests identified from his list have all been spoken to. Two "
              "guests (entries 14 and 15 on the MG6C) say they saw Amber and PELLOW kissing in the kitchen at about 00:30. "
              "This supports PELLOW's account that there was mutual interest earlier in the evening and could assist the "
              "defence; the officers' notes of those conversations are provided with the file. Mason ELWORTHY also says Amber "
              "was 'flirty' with PELLOW; his statement is in the file."),
        ("p", "(b) Level of intoxication: the SARC blood and urine samples have been submitted for toxicology. The result "
              "could support or undermine her account of how drunk she was; the target date is below."),
        ("p", "(c) Digital: the complainant's phone was examined only for her messages with Keira DONNACHIE and any "
              "messages from either suspect between 18:00 on 14/02/2026 and 12:00 on 16/02/2026, with her agreement on a "
              "Digital Processing Notice. This captured the 02:41 text and an Instagram message PELLOW sent her at 13:12 on "
              "15/02/2026 ('u were well up for it lol'), which may be relied on by either side. Nothing else on her phone "
              "is needed: there is no suggestion of earlier contact with either suspect. Her social media and wider phone "
              "content have not been examined and will not be sought."),
        ("p", "(d) Identification is not in issue: PELLOW admits intercourse and REES-ASHBY admits being in the room."),
        ("p", "(e) Third-party material: none has been requested. There is no reasonable line of enquiry that requires "
              "her medical, counselling, education or social care records."),
        ("p", "(f) Suspects' phones (seized on arrest) are being examined for messages between the two of them, and with the complainant, from 14/02/2026 to 19/02/2026, to see what they said to each other about the night."),
        ("h", "6. Outstanding evidence and target dates"),
        ("table", ["Item", "Submitted / requested", "Target date"],
         [["DNA results on intimate swabs (SQ/3 - SQ/6)", "17/02/2026, Severnbank Forensics", "27/03/2026"],
          ["Toxicology on blood and urine (SQ/7, SQ/8)", "17/02/2026, Severnbank Forensics", "27/03/2026"],
          ["Download of both suspects' phones (FH/3, FH/4)", "20/02/2026, Wyvern DFU", "24/04/2026"]], None),
        ("p", "None of the outstanding items is needed for the complainant's account; we ask for a decision now with these "
              "items to follow by the dates given."),
        ("h", "7. Forensic and medical"),
        ("p", "Dr QUINLAN found a small abrasion at the posterior fourchette; her statement (expert) is in the file. Amber "
              "signed consent at the SARC on 15/02/2026 for her SARC records and the examination findings to be released "
              "to the police and CPS."),
        ("h", "8. Victim and witness care"),
        ("p", "Special measures: MG2 attached. Amber is eligible as the complainant in a sexual offence (YJCEA 1999 s.17(4)). "
              "She wants her ABE played as her evidence-in-chief, to give evidence by live link, and she has said she would "
              "like her cross-examination pre-recorded under s.28. No intermediary is needed; she has no communication "
              "difficulty. Needs: she suffers anxiety and is supported by an ISVA from the Nightingale ISVA service "
              "(referral made by the SARC on 15/02/2026). No interpreter is required. VPS: the Victim Personal Statement "
              "scheme was explained to her on 16/02/2026; she wishes to make one later and knows she can do so at any time "
              "before sentence."),
        ("h", "9. Bail"),
        ("p", "Both suspects are on pre-charge bail to 19/05/2026 with the conditions: (1) not to contact Amber LISCOMBE or "
              "Keira DONNACHIE directly or indirectly, including through social media; (2) not to enter Fennick Road, "
              "Kedminster (where the complainant lives)."),
        ("h", "10. Disclosure"),
        ("p", "MG6C, MG6D and MG6E attached. Rebuttable presumption material provided with the file: the 101 incident log, "
              "the crime report, the first complaint record (the 02:41 text, FH/2), witness PNC checks, the officers' notes "
              "of the two guests' accounts."),
        ("h", "11. Supervisor's endorsement"),
        ("p", "I have reviewed this file and agree that it is ready for a charging decision. DS 1184 Ruth GALLAGHER, 09/03/2026."),
    ]
    k.add("MG3 HOLLYBANK.docx", "docx", B, "MG3")

    # ---------------- MG5 case summary (PDF) ----------------
    B = [("small", "MG 5  " + OSENS), ("title", "CASE SUMMARY"),
         ("kv", [("URN", c["urn"]), ("Defendants", "Jordan PELLOW; Callum REES-ASHBY"), ("Prepared by", oic), ("Date", "09/03/2026")]),
         ("p", "The complainant attended a house party at 27 Hollybank Terrace on 14/02/2026 and became very drunk. She went "
               "upstairs to lie down. Both defendants went into the room. PELLOW had intercourse with her while she said no; "
               "REES-ASHBY shut the door, remained, and then had intercourse with her himself. The defendants left the "
               "address together at 02:20 (doorbell footage, HM/1). She texted her friend for help at 02:41 and told her "
               "what had happened when collected. She reported the next morning and was examined at a SARC."),
         ("p", "In interview PELLOW said the sex was consensual. REES-ASHBY, by prepared statement, denied any sexual contact."),
         ("p", "Key witnesses: Amber LISCOMBE (ABE, OS/1); Keira DONNACHIE (first account); Mason ELWORTHY (host); PC MORTLOCK "
               "(first attending officer); Dr QUINLAN (forensic physician); DC HUSSAIN (digital)."),
         ("p", "Outstanding: DNA and toxicology (target 27/03/2026); suspects' phone downloads (target 24/04/2026).")]
    k.add("MG5 case summary.pdf", "pdf", B, "MG5")

    # ---------------- ABE recording, summary ----------------
    k.video("VRI_LISCOMBE_160226.mp4", ["VRI  Kedminster ABE suite 1", "Interviewee: A. LISCOMBE", "Interviewer: DC 2290 STRAND", "URN 63WV0211426  Exh OS/1"], seconds=4)
    rows = [["00:00", "Introductions; ground rules explained; truth and lies discussed; Amber agrees to the recording."],
            ["02:10", "Free narrative: the party, drinking vodka and cider from about 20:30; felt 'really drunk' by 01:00."],
            ["09:45", "Went upstairs to lie down in the back bedroom; door shut; lights off."],
            ["12:30", "Jordan came in, lay down, kissed her; she said she wanted to sleep; he pulled her jeans down; she said 'no' and pushed at him; intercourse."],
            ["21:05", "Callum was by the door, had shut it; after Jordan went out Callum got on the bed; she said 'stop', could not get up; intercourse."],
            ["28:40", "Both left; she found her phone and texted Keira; Keira collected her."],
            ["33:15", "Questioning: earlier kiss in the kitchen - 'we kissed once, I said I was not up for anything'."],
            ["41:00", "Questioning: how much drink; sure of the two names; descriptions of both men; clothing."],
            ["52:20", "Instagram message from Jordan the next day; she did not reply."],
            ["55:30", "Closing; welfare; ISVA contact confirmed. Interview ends 15:01."]]
    B = abe_summary(c, "Amber LISCOMBE", "16/02/2026 (14:03 - 15:01)", "Kedminster ABE suite 1", oic,
                    "DC 3107 Faisal HUSSAIN (monitoring)", "VRI_LISCOMBE_160226.mp4", "exhibit OS/1 master, OS/2 working copy",
                    rows, "Phase 2 planning: interview plan completed 16/02/2026 (MG6C item 9). The complainant was interviewed "
                          "as an adult intimidated witness. Summary prepared by the interviewing officer; a transcript can be provided.")
    k.add("ABE summary LISCOMBE.docx", "docx", B, "ABE_SUMMARY")

    # ---------------- MG11s ----------------
    k.w11("KD MG11.pdf", "pdf", 0, {
        "name": "Keira DONNACHIE", "occ": "Student", "date": "17/02/2026", "witnessed": oic,
        "paras": ["I am a second year student at Wyvern University and have been Amber LISCOMBE's friend since we started. "
                  "On Saturday 14 February 2026 I did not go to the party at Mason's house on Hollybank Terrace because I had a shift.",
                  "At 02:41 on Sunday 15 February my phone went off with a text from Amber. It said 'something bad happened "
                  "at masons. I didnt want it. please come get me'. I rang her straight away; she was crying and said she "
                  "was outside. I drove over and got there at about five past three.",
                  "Amber got in the car. She was shaking and her words were slurred. I asked her what happened. She said "
                  "'Jordan and his mate did stuff to me, I kept saying no'. I asked if she meant sex and she nodded. She said "
                  "she had gone upstairs to sleep because she felt sick. I took her back to mine.",
                  "In the morning I sat with her when she rang 101. I have shown DC STRAND the text on my phone and he has "
                  "photographed it. I have not deleted it."]}, "first_account")
    k.w11("ELWORTHY M - statement.pdf", "pdf", 2, {
        "name": "Mason ELWORTHY", "occ": "Student", "date": "18/02/2026", "sig": "(Sgd) M. Elworthy",
        "paras": ["I live at 27 Hollybank Terrace with three others. On 14 February 2026 I held a party; about twenty people came.",
                  "Amber arrived at about 21:00. By midnight she was very drunk. Earlier in the evening she was flirty with "
                  "Jordan PELLOW; I saw them chatting and laughing in the kitchen. I did not see them kiss.",
                  "At about 01:40 I saw Jordan go upstairs. I did not see where Callum was. At about 02:15 they both came down "
                  "together, got their coats and left. I did not see Amber again that night and did not know she had left.",
                  "I gave DC STRAND a list of everyone I could remember being at the party."]}, "witness")
    k.w11("Doc1.docx", "docx", 1, {
        "name": "Hannah MORTLOCK, PC 4471", "occ": "Police officer", "date": "15/02/2026", "sig": "[signed]",
        "paras": ["I am a police constable with Wyvern Constabulary. At 11:52 on Sunday 15 February 2026 I was deployed to a "
                  "report of rape (incident 0417 of 15/02/2026). I arrived at an address on Fennick Road, Kedminster at 12:05 "
                  "and was the first officer to attend.",
                  "I spoke to Amber LISCOMBE with her friend Keira DONNACHIE present. I asked only enough to establish what had "
                  "happened and to secure evidence. Amber told me that at a party the night before two men, Jordan and Callum, "
                  "had sex with her when she said no. I made notes in my pocket notebook (page 41), which she read and signed.",
                  "I advised her not to wash and arranged an appointment at Beacon House SARC, where I took her at 15:30.",
                  "On 16/02/2026 I went to 25 Hollybank Terrace and obtained from the householder a copy of doorbell camera "
                  "footage for 02:15 to 02:25 on 15/02/2026. I produce it as exhibit HM/1 (file Doorbell_25Hollybank_0215.mp4)."]}, "officer")
    k.w11("STRAND OS MG11 ABE exhibit.pdf", "pdf", 0, {
        "name": "Oliver STRAND, DC 2290", "occ": "Detective constable", "date": "16/02/2026",
        "paras": ["I am a detective constable in the Kedminster RASSO team and am trained to interview witnesses under Achieving "
                  "Best Evidence guidance.",
                  "On Monday 16 February 2026 between 14:03 and 15:01 I conducted a video-recorded interview with Amber "
                  "LISCOMBE at the Kedminster ABE suite. DC 3107 HUSSAIN monitored the interview.",
                  "At the end of the interview I sealed the master recording, which I produce as exhibit OS/1, and made a "
                  "working copy, exhibit OS/2 (file VRI_LISCOMBE_160226.mp4). I have prepared a summary of the interview."]}, "officer")
    k.w11("scan_0004.pdf", "scan", 0, {
        "name": "Dr Saoirse QUINLAN", "occ": "Forensic physician", "date": "02/03/2026", "sig": ":",
        "paras": ["I am a registered medical practitioner (GMC 7712034, fictional) and a forensic physician at Beacon House SARC, "
                  "with eleven years' experience of examining complainants of sexual assault.",
                  "At 16:05 on 15/02/2026 I examined Amber LISCOMBE with her written consent. She gave a brief history of "
                  "non-consensual vaginal intercourse by two men at about 01:30 to 02:15 that day.",
                  "I found a 4 mm abrasion at the posterior fourchette. This is consistent with blunt force penetrating "
                  "trauma; it does not of itself show whether intercourse was consensual.",
                  "I took swabs SQ/3 to SQ/6 and blood and urine samples SQ/7 and SQ/8, which I sealed and handed to PC MORTLOCK."]}, "expert")
    k.w11("HUSSAIN digital MG11.docx", "docx", 2, {
        "name": "Faisal HUSSAIN, DC 3107", "occ": "Detective constable", "date": "18/02/2026", "sig": "Signed: F. Hussain",
        "paras": ["On 16/02/2026 I explained a Digital Processing Notice to Amber LISCOMBE. She agreed in writing to a selective "
                  "extraction of her messages with Keira DONNACHIE and any messages from Jordan PELLOW or Callum REES-ASHBY "
                  "between 18:00 on 14/02/2026 and 12:00 on 16/02/2026, and nothing else.",
                  "On 18/02/2026 the Wyvern DFU extracted that material only. I produce the report as FH/1, a screenshot of "
                  "the 02:41 text to Keira DONNACHIE as FH/2, and the returned phone was handed back to Amber the same day.",
                  "On 19/02/2026 I seized the phones of both suspects on arrest (FH/3 PELLOW, FH/4 REES-ASHBY)."]}, "officer")

    # ---------------- doorbell clip ----------------
    k.video("Doorbell_25Hollybank_0215.mp4", ["RING-ish doorbell 25 Hollybank Tce", "15/02/2026 02:19:58", "Exh HM/1"], type_="CCTV", seconds=3, tint=(20, 20, 25))

    # ---------------- interviews ----------------
    B = roti(c, "Jordan PELLOW", "19/02/2026", "Kedminster custody", "10:42 - 11:36", oic + "; DC 3107 HUSSAIN",
             "Ms T. OKAFOR, solicitor (Okafor & Lyle)",
             [["00:00", "DC STRAND", "Caution given and understood. Legal advice confirmed."],
              ["01:20", "PELLOW", "I was at Mason's. Amber was all over me in the kitchen, we kissed. Later she said come upstairs."],
              ["07:35", "PELLOW", "We had sex. She was into it. She was drunk but she knew what she was doing, she was talking fine."],
              ["14:10", "DC STRAND", "Puts her account that she said no and pushed him."],
              ["14:40", "PELLOW", "That didn't happen. She never said no."],
              ["22:05", "PELLOW", "Callum came in for his jacket. He never touched her. We left about quarter past two."],
              ["30:50", "DC STRAND", "Puts the Instagram message."],
              ["31:15", "PELLOW", "That was a joke. I was saying she was keen."],
              ["53:40", "DC STRAND", "Anything to add? - No. Interview concluded."]])
    k.add("ROTI PELLOW 190226.pdf", "pdf", B, "ROTI")
    B = roti(c, "Callum REES-ASHBY", "19/02/2026", "Kedminster custody", "13:10 - 13:31", oic,
             "Mr G. DUNNE, solicitor (duty)",
             [["00:00", "DC STRAND", "Caution. Legal advice confirmed."],
              ["00:55", "Mr DUNNE", "Reads prepared statement (produced as CRA/1): 'I went into the back bedroom to get my jacket. "
                                   "Jordan and Amber were on the bed. I left. I did not have any sexual contact with Amber at any time.'"],
              ["03:10", "REES-ASHBY", "No comment to all further questions (about 40 questions on the room, the door, the time he left)."],
              ["20:30", "DC STRAND", "Interview concluded."]], kind="SDN")
    k.add("SDN and prepared statement REES-ASHBY.pdf", "pdf", B, "ROTI")

    # ---------------- PNC ----------------
    k.add("PNC_PELLOW.pdf", "pdf", pnc_print(c, "PELLOW, Jordan", "03/09/2002", "22/0188431K",
          [["11/07/2022", "Kedminster Magistrates", "Possess controlled drug - Class B (cannabis)", "Fine £120"]], "20/02/2026"), "PNC")
    k.add("PNC_REES-ASHBY.pdf", "pdf", pnc_print(c, "REES-ASHBY, Callum", "21/11/2001", "no PNC ID", [], "20/02/2026"), "PNC")
    k.add("Witness PNC checks.pdf", "pdf", witness_pnc(c, [
        ["LISCOMBE, Amber", "Complainant", "No trace", "No trace"],
        ["DONNACHIE, Keira", "First account", "No trace", "No trace"],
        ["ELWORTHY, Mason", "Host / witness", "No trace", "Attended noise complaint 2025 - no offence"],
        ["QUINLAN, Dr Saoirse", "Expert", "Not checked (professional witness)", "-"]], "PS 904 LANE", "21/02/2026"), "PNC")

    # ---------------- first complaint, incident log, crime report ----------------
    make_png_messages(k.p("FH2 text to Keira 0241.png"), "Keira", [
        ("out", "Sun 15 Feb 02:41", "something bad happened at masons. I didnt want it. please come get me"),
        ("in", "Sun 15 Feb 02:42", "omg whats happened? im coming now"),
        ("out", "Sun 15 Feb 02:44", "outside"),
    ], k.rng)
    k.note("FH2 text to Keira 0241.png", ["DIGITAL_EXTRACT", "OTHER"])
    k.add("Incident log 0417 15-02-26.pdf", "pdf", incident_log(c, "WV-20260215-0417", [
        ["15/02/2026 11:20", "CH 2217", "101 call from female (Amber LISCOMBE, 19) reporting she was raped at a party last night by two males she knows as Jordan and Callum. Friend with her."],
        ["15/02/2026 11:24", "CH 2217", "Caller safe, at home address Fennick Road. Advised not to wash/change. Forensic window - graded priority."],
        ["15/02/2026 11:52", "DISP 05", "PC 4471 MORTLOCK assigned."],
        ["15/02/2026 12:05", "PC 4471", "On scene. Initial account obtained. SARC to be arranged."],
        ["15/02/2026 13:40", "PC 4471", "SARC booked 15:30 Beacon House. Crime recorded 63/11829/26. Handover to RASSO team (DC STRAND)."],
        ["15/02/2026 14:02", "PS 904", "Closing incident. Crime raised. RASSO to progress."]], system="STORM"), "INCIDENT_LOG")
    k.add("Crime report 63-11829-26.pdf", "pdf", crime_report(c, "63/11829/26", [
        ("Offence", "Rape of female 16 or over (x2)"), ("Reported", "15/02/2026 11:20"), ("Victim", "LISCOMBE, Amber (19)"),
        ("Suspects", "PELLOW, Jordan; REES-ASHBY, Callum"), ("OIC", oic),
        ("Victims' Code", "Enhanced service - victim of sexual offence. Needs assessment completed 16/02/2026."),
        ("Protected characteristics (victim)", "Female; 19; White British; no disability recorded")],
        "At a house party the victim, heavily intoxicated, went to lie down upstairs. Suspect 1 had intercourse without "
        "consent; suspect 2 present and then also had intercourse without consent. First account by text to a friend at 02:41."), "CRIME_REPORT")

    # ---------------- DPN (scanned signed), extraction ----------------
    k.add("scan_0005.pdf", "scan", dpn(c, "Amber LISCOMBE", "Apple iPhone 13 (black)",
          "SMS / iMessage and WhatsApp messages with Keira DONNACHIE; any messages or calls from Jordan PELLOW or Callum REES-ASHBY (Instagram, SMS, WhatsApp). No photographs, browsing, notes or other apps.",
          "18:00 on 14/02/2026 to 12:00 on 16/02/2026",
          "To obtain your first messages to Keira after the incident and any contact from the suspects about that night.",
          "16/02/2026", "DC 3107 HUSSAIN"), "DPN")
    k.add("DFU report 26-0317.pdf", "pdf", extract_report(c, "DFU/26/0317", "Apple iPhone 13 (Amber LISCOMBE)",
          "Selective: messaging (SMS, iMessage, WhatsApp, Instagram DM) filtered to the three contacts named on the DPN; 14/02/2026 18:00 - 16/02/2026 12:00",
          "11 messages with Keira DONNACHIE (including 02:41 text, exhibited FH/2). 1 Instagram DM from account 'jp_pell0w' at 13:12 on "
          "15/02/2026: 'u were well up for it lol'. No messages from REES-ASHBY. No other data was extracted or retained. Device returned 18/02/2026."), "DIGITAL_EXTRACT")

    # ---------------- medical, early advice, MG2 ----------------
    k.add("SARC summary Beacon House.pdf", "pdf", sarc_report(c, "Beacon House SARC", "Amber LISCOMBE", "15/02/2026 16:05",
          "4 mm abrasion posterior fourchette. Intimate swabs SQ/3-SQ/6 taken. Blood and urine SQ/7, SQ/8 for toxicology. "
          "Emergency contraception and STI prophylaxis given. Referred to Nightingale ISVA service.",
          "Written consent to examination, to forensic samples, and to release of the SARC notes and findings to Wyvern "
          "Constabulary and the CPS was given by the patient on 15/02/2026.", "Dr Saoirse QUINLAN"), "MEDICAL")
    k.add("CPS early advice 24-02-26.pdf", "pdf", [
        ("title", "CPS RASSO Unit - Record of Early Advice"),
        ("kv", [("URN", c["urn"]), ("Prosecutor", "Helen ARKWRIGHT, Senior Crown Prosecutor"), ("Date", "24/02/2026"), ("Officer", oic)]),
        ("p", "1. Chase toxicology: the level of intoxication is central to capacity and to the credibility of both accounts."),
        ("p", "2. Speak to all guests on Mr ELWORTHY's list; record anything about the complainant and PELLOW earlier in the evening, whichever way it points."),
        ("p", "3. No wider download of the complainant's phone is needed on present information; the DPN parameters are proportionate."),
        ("p", "4. Submit for a full code test decision once 1-2 are done or dated.")], "EARLY_ADVICE")
    k.add("MG2 LISCOMBE.docx", "docx", mg2(c, "Amber LISCOMBE (complainant, 19)", [
        ("Eligibility", "Intimidated witness - complainant in respect of a sexual offence (s.17(4) YJCEA 1999)"),
        ("Measures sought", "Video recorded interview as evidence-in-chief (s.27); live link (s.24); pre-recorded cross-examination (s.28)"),
        ("Intermediary", "Not required - no communication needs identified"),
        ("Support", "ISVA (Nightingale ISVA service) to accompany her at court")],
        "Amber would rather not see either defendant. She wants to give evidence by live link and would like her "
        "cross-examination recorded in advance under s.28 so that it is over sooner.", "16/02/2026", oic), "MG2")

    # ---------------- schedules ----------------
    rows = [
        ["1", "STORM incident log WV-20260215-0417, 15/02/2026 (101 call and deployment)", "With file", "Yes - provided"],
        ["2", "Crime report 63/11829/26 created 15/02/2026", "With file", "Yes - provided"],
        ["3", "PC MORTLOCK pocket notebook p.41, first account, 15/02/2026, signed by complainant", "Kedminster property", "Yes - copy provided"],
        ["4", "Text message complainant to Keira DONNACHIE 02:41 15/02/2026 (first complaint) - FH/2", "With file", "Yes - provided"],
        ["5", "Call handler's audio of 101 call, 15/02/2026 11:20 (6 min)", "Force comms archive", "Available on request"],
        ["6", "SARC booking form and transport log, 15/02/2026", "RASSO office", "No"],
        ["7", "Victim needs assessment, 16/02/2026", "Niche", "No"],
        ["8", "Digital Processing Notice signed 16/02/2026", "With file", "Yes - provided"],
        ["9", "ABE interview plan (phase 2 planning) for Amber LISCOMBE, 16/02/2026", "RASSO office", "On request"],
        ["10", "DFU extraction report DFU/26/0317, 18/02/2026", "With file", "Yes - provided"],
        ["11", "Custody record PELLOW, 19/02/2026, Kedminster", "Custody", "No"],
        ["12", "Custody record REES-ASHBY, 19/02/2026, Kedminster", "Custody", "No"],
        ["13", "Pre-interview disclosure documents given to both solicitors, 19/02/2026", "RASSO office", "No"],
        ["14", "Officer note of conversation with party guest Lily PARFITT, 26/02/2026 - saw complainant and PELLOW kissing in kitchen c.00:30", "With file", "Yes - provided (may assist defence)"],
        ["15", "Officer note of conversation with party guest Owen BRAY, 26/02/2026 - saw complainant and PELLOW kissing c.00:30", "With file", "Yes - provided (may assist defence)"],
        ["16", "Officer notes of conversations with guests GRANT, YEO, MBEKI, SALLIS, 26-27/02/2026 - saw nothing relevant", "RASSO office", "No"],
        ["17", "Mason ELWORTHY's handwritten list of party guests, 18/02/2026", "RASSO office", "No"],
        ["18", "House-to-house proforma, Hollybank Terrace nos. 19-35, 16/02/2026", "RASSO office", "No"],
        ["19", "Doorbell footage, full 2-hour download 00:30-02:30 from 25 Hollybank Terrace (relevant clip exhibited as HM/1)", "Digital store", "On request"],
        ["20", "Forensic submission forms (MG21) for SQ/3-SQ/8, 17/02/2026", "RASSO office", "No"],
        ["21", "Continuity record for SARC samples, 15-17/02/2026", "Property", "No"],
        ["22", "E-mail chain OIC / CPS early advice, 20-24/02/2026", "RASSO office", "No"],
        ["23", "Instagram DM from PELLOW to complainant 15/02/2026 13:12 (within FH/1)", "With file", "Yes - within FH/1"],
        ["24", "Phone seizure records for FH/3 and FH/4, 19/02/2026", "Property", "No"],
        ["25", "Bail records and conditions notices (both suspects), 19/02/2026", "Custody", "No"],
        ["26", "Witness PNC check results, 21/02/2026", "With file", "Yes - provided"],
    ]
    B = mg6c(c, rows, oic, "09/03/2026")
    render_pdf(k.p("MG6C HOLLYBANK.pdf"), B, head=OSENS, foot="MG6C  URN 63WV0211426  Page {n} of {nb}", size=11)
    k.note("MG6C HOLLYBANK.pdf", "MG6C")
    k.add("Guest enquiry notes PARFITT BRAY.pdf", "pdf", [
        ("title", "Officer notes - party guest enquiries (MG6C items 14 and 15)"),
        ("kv", [("URN", c["urn"]), ("Officer", "DC 3107 HUSSAIN"), ("Date", "26/02/2026")]),
        ("p", "Lily PARFITT (by phone, 10:15): at about 00:30 she saw Amber and Jordan kissing by the fridge; they seemed happy. She did not see them go upstairs. She did not want to make a statement but agreed to these notes."),
        ("p", "Owen BRAY (in person, 14:00): saw Amber and Jordan kissing in the kitchen 'maybe half twelve'. Later saw Amber on the stairs, 'really wasted'. Willing to make a statement if needed.")], "OTHER")
    B = mg6d(c, [["1", "Full SARC clinical notes for the complainant (summary and findings already provided)",
                  "Medical confidentiality; consent given for release to police and CPS only", "Does not meet the test - reviewed by OIC"],
                 ["2", "ISVA referral form, 15/02/2026", "Contains complainant's address and support needs", "Does not meet the test"],
                 ["3", "Complainant's address and contact details on the victim needs assessment", "Personal data", "Does not meet the test"]],
             oic, "09/03/2026")
    k.add("MG6D.docx", "docx", B, "MG6D")
    k.add("MG6E.pdf", "pdf", mg6e(c, oic, "09/03/2026",
          "Material that might assist the defence: MG6C items 14 and 15 (two guests saw the complainant and PELLOW kissing) and "
          "item 23 (PELLOW's Instagram message, which he says was a joke). Copies are with the file. Nothing on the MG6D meets the test."), "MG6E")
    k.add("MG12 exhibit list.pdf", "pdf", mg12(c, [
        ["OS/1", "Master recording of ABE interview of Amber LISCOMBE, 16/02/2026", "DC STRAND", "Property store (sealed)"],
        ["OS/2", "Working copy of ABE interview (VRI_LISCOMBE_160226.mp4)", "DC STRAND", "With file"],
        ["HM/1", "Doorbell footage 25 Hollybank Terrace 02:15-02:25 15/02/2026 (Doorbell_25Hollybank_0215.mp4)", "PC MORTLOCK", "With file"],
        ["SQ/3-SQ/6", "Intimate swabs", "Dr QUINLAN", "Severnbank Forensics"],
        ["SQ/7, SQ/8", "Blood and urine samples", "Dr QUINLAN", "Severnbank Forensics"],
        ["FH/1", "DFU extraction report DFU/26/0317", "DC HUSSAIN", "With file"],
        ["FH/2", "Screenshot of 02:41 text to Keira DONNACHIE", "DC HUSSAIN", "With file"],
        ["FH/3, FH/4", "Phones seized from PELLOW and REES-ASHBY", "DC HUSSAIN", "DFU"],
        ["CRA/1", "Prepared statement of REES-ASHBY, 19/02/2026", "DC STRAND", "With file (in SDN)"]], "09/03/2026"), "MG12")

    must_not = mm(ALL_CHARGING, ABE_TOPICS, "abe_plan", "early_advice", "oic_contact", "victim_care", "mg6e", "one_urn")
    k.expected(0, [], must_not, extra_types=["CCTV"])


# ============================== shared pieces for the other folders ===========================

def std_pack(k, s):
    """common documents: incident log, crime report, suspect PNC(s), witness PNC, schedules, MG12, ROTI.
    s holds the case facts and a format per document (key fmt_<doc>, file name name_<doc>)."""
    c = k.c
    f = s.get
    if "log" in s:
        k.add(f("name_log", "Incident log.pdf"), f("fmt_log", "pdf"), incident_log(c, s["log"][0], s["log"][1], f("system", "STORM")), "INCIDENT_LOG")
    if "crime" in s:
        k.add(f("name_crime", "Crime report.pdf"), f("fmt_crime", "pdf"), crime_report(c, s["crime"][0], s["crime"][1], s["crime"][2], f("rms", "Niche RMS")), "CRIME_REPORT")
    for i, (nm, dob, pid, conv) in enumerate(s.get("pnc", [])):
        k.add(f("name_pnc%d" % i, "PNC %s.pdf" % nm.split(",")[0]), f("fmt_pnc", "pdf"), pnc_print(c, nm, dob, pid, conv, f("pncdate", "01/03/2026")), "PNC")
    if "wpnc" in s:
        k.add(f("name_wpnc", "Witness PNC checks.pdf"), f("fmt_wpnc", "pdf"), witness_pnc(c, s["wpnc"], f("wpnc_by", "DC " + s["oic"]), f("pncdate", "01/03/2026"), f("wpnc_note")), "PNC")
    if "mg6c" in s:
        kw = {"size": s["mg6c_size"]} if "mg6c_size" in s else {}
        k.add(f("name_mg6c", "MG6C.pdf"), f("fmt_mg6c", "pdf"), mg6c(c, s["mg6c"], s["oic"], s["date"], style=f("mg6c_style", 0)), "MG6C", **kw)
    if "mg6d" in s:
        k.add(f("name_mg6d", "MG6D.pdf"), f("fmt_mg6d", "pdf"), mg6d(c, s["mg6d"], s["oic"], s["date"], nil=not s["mg6d"]), "MG6D")
    if "mg6e" in s:
        k.add(f("name_mg6e", "MG6E.pdf"), f("fmt_mg6e", "pdf"), mg6e(c, s["oic"], s["date"], s["mg6e"]), "MG6E")
    if "mg12" in s:
        k.add(f("name_mg12", "MG12.pdf"), f("fmt_mg12", "pdf"), mg12(c, s["mg12"], s["date"]), "MG12")
    for i, r in enumerate(s.get("roti", [])):
        k.add(r["file"], r.get("fmt", "pdf"), roti(c, r["who"], r["date"], r["place"], r["times"], r["officers"], r["legal"], r["lines"], r.get("kind", "ROTI")), "ROTI")


# ============================== 02: RENWICK - learning disability, intermediary (compliant) ===

def case_renwick(out):
    k = Case(out, "RENWICK L - 71SV0308826", "71SV0308826", "Severn Vale Police", "MILLWARD", 702)
    c = k.c
    oic = "DC 3312 Megan COYLE"
    B = mg3_head(c, "MG3", "Report to Crown Prosecutor for a Charging Decision") + [
        ("kv", [("URN", c["urn"]), ("Suspect", "MILLWARD, Gareth (DOB 14/06/1984)"),
                ("Offences", "Sexual activity with a person with a mental disorder impeding choice (SOA 2003 s.30); alternatively rape (s.1)"),
                ("Offence date", "18/01/2026"), ("Test requested", "Full Code Test"),
                ("OIC", "DC 3312 Megan COYLE, Severn Vale RASSO, Hembury. Tel 01632 960733; megan.coyle@severnvale.police.example"),
                ("Supervisor", "DS 640 Alan PRIDDY - reviewed and endorsed 12/03/2026")]),
        ("h", "Summary of the case"),
        ("p", "Leona RENWICK is 24 and has a mild learning disability; she lives with her mother and attends the Hillcrest Young "
              "Adults Project and the Orchard Lane day centre. The suspect, 41, lives two doors away and had been giving her lifts "
              "to the day centre since the summer. On Sunday 18/01/2026 he took her to his flat 'to watch a film' and had sexual "
              "intercourse with her. She says she told him she did not want to and that it hurt; she did not understand what was "
              "going to happen until it did."),
        ("p", "On Thursday 22/01/2026 she told her youth worker at the Hillcrest project what had happened. The youth worker "
              "rang 101 the same afternoon; her statement is in the file. She is the first person Leona told. PC 881 TALBOT "
              "attended the project and is the first attending officer (statement attached)."),
        ("p", "Leona was assessed by a registered intermediary, Ms Gwen ABERNETHY, on 27/01/2026 and was interviewed on video on "
              "29/01/2026 by DC COYLE with the intermediary present. The recording (MC/1), the ABE summary and the intermediary's "
              "report are attached."),
        ("h", "Suspect's account"),
        ("p", "Interviewed 02/02/2026 with a solicitor. He says they had been in a relationship since November, she called him her "
              "boyfriend, and the sex was consensual; he says he knew she 'went to a day centre' but not that she had a learning "
              "disability affecting her decisions. His defence is likely to be consent and, on s.30, that he did not know and could "
              "not reasonably have been expected to know of her disorder."),
        ("h", "Lines of enquiry (including those capable of undermining the case or assisting the suspect)"),
        ("p", "1. Relationship: day centre staff were asked whether Leona spoke about the suspect. Manager Ruth OYELARAN says Leona "
              "called him 'my friend Gareth who drives me'; she had never described him as a boyfriend. Statement attached."),
        ("p", "2. Third-party records: Leona's adult social care records were requested (see request and notice attached) because "
              "the suspect says she described the relationship to care staff, and her records contain assessments of her capacity "
              "to consent to sexual relations, which go to the s.30 offence. The request was limited to case notes and capacity "
              "assessments mentioning the suspect or relationships, 01/06/2025 to 31/01/2026. One entry (17/11/2025) records Leona "
              "telling her support worker 'Gareth is my boyfriend now'. This supports the suspect's account and has been provided "
              "(redacted) with the file and noted on the MG6E. Nothing else in the records meets the disclosure test."),
        ("p", "3. Knowledge of her disability: neighbours and the suspect's sister were spoken to; two neighbours say it is obvious "
              "to anyone who talks to her; the sister says Gareth 'treated her like a little sister'. Notes on the MG6C."),
        ("p", "4. Digital: the suspect's phone was examined with his agreement for call records and messages with Leona's number between 01/06/2025 and 02/02/2026; it shows calls but no messages. "
              "Leona has a basic phone and does not text; her phone has not been examined and will not be, as nothing on it could "
              "bear on the issues."),
        ("p", "5. Forensic: SARC examination 23/01/2026 (within the window). SFR1 received: the suspect's DNA on the low vaginal swab. "
              "He accepts intercourse, so identity is not in issue."),
        ("h", "Outstanding matters"),
        ("p", "No further enquiries are outstanding."),
        ("h", "Victim and witness needs"),
        ("p", "Special measures (MG2 attached): VRI as evidence-in-chief; intermediary at trial and a ground rules hearing; live "
              "link from a remote site; Leona and her mother were asked about pre-recorded cross-examination (s.28) with the "
              "intermediary's help and Leona wants to 'do the questions early on the TV'. Needs: easy-read letters, appointments "
              "in the mornings, her mother as supporter; she has an ISVA (Sevenfold ISVA service, learning-disability specialist, "
              "referred 24/01/2026). No interpreter needed. VPS: offered on 29/01/2026 and again on 05/03/2026; she chose to make "
              "one with the intermediary's help on 05/03/2026 (held by the OIC, to be served if charged)."),
        ("h", "Custody / bail"),
        ("p", "Released under investigation on 02/02/2026. Bail was considered; RUI was chosen because the suspect moved out of the "
              "street to his sister's address in Brackley Vale on 25/01/2026 and has had no contact since. Leona and her mother have "
              "been told how to report any contact."),
        ("h", "Early advice"),
        ("p", "Early advice was not sought because the suspect's account and the key evidence were obtained quickly and the file "
              "was ready for a full code test decision within seven weeks of the report."),
        ("h", "Disclosure"),
        ("p", "MG6C, MG6D (which lists the social care records), MG6E, incident log, crime report, witness PNC checks are attached."),
    ]
    k.add("MG3_RENWICK.rtf", "rtf", B, "MG3")
    k.video("ABE 29-01-26 RENWICK MC1.mp4", ["VRI Hembury suite B", "L. RENWICK with RI", "DC 3312 COYLE", "71SV0308826 MC/1"], seconds=4)
    k.add("ABE index RENWICK.odt", "odt", abe_summary(c, "Leona RENWICK", "29/01/2026 10:05-10:48 (with breaks)", "Hembury ABE suite B",
          oic, "Gwen ABERNETHY, registered intermediary; DC 1902 SHAH (monitor)", "ABE 29-01-26 RENWICK MC1.mp4", "MC/1",
          [["00:00", "Introductions with RI; picture cards used for 'yes/no/don't know'; ground rules in simple words."],
           ["04:30", "Leona says Gareth drove her to his flat on Sunday to watch a film."],
           ["09:10", "Uses body map with RI: says he 'put his thing in me'. Says 'I said no I don't want it'. 'It hurt.'"],
           ["16:40", "Break requested by RI (concentration)."],
           ["21:05", "Says he told her not to tell her mum. Says he is 'my friend that drives me'."],
           ["27:20", "Asked whether he was her boyfriend: 'he said he was my boyfriend, I said ok'."],
           ["33:00", "Told Dionne at Hillcrest on Thursday 'because she is nice'."],
           ["38:45", "Closing; welfare; mum waiting."]],
          "The interview was planned with the intermediary (plan retained, MG6C item 6). Short questions were used and checked by the RI."), "ABE_SUMMARY")
    k.add("Interview plan COYLE.docx", "docx", [("title", "ABE interview plan - Leona RENWICK"),
          ("kv", [("URN", c["urn"]), ("Interviewer", oic), ("Intermediary", "Gwen ABERNETHY (Witness Intermediary Scheme)"), ("Date", "28/01/2026")]),
          ("p", "Objectives: her account of 18/01/2026; relationship with suspect; who she told. Communication: RI advises simple "
                "sentences, one idea per question, picture cards, breaks every 15 minutes, no 'why' questions."),
          ("p", "Rapport: her cat, the day centre. Closure: plan for support afterwards with mum and ISVA.")], "ABE_PLAN")
    k.add("RI assessment report ABERNETHY.pdf", "pdf", [("title", "Registered Intermediary - Assessment Report"),
          ("kv", [("URN", c["urn"]), ("Witness", "Leona RENWICK"), ("Assessment date", "27/01/2026"), ("RI", "Gwen ABERNETHY")]),
          ("p", "Leona has a mild learning disability. She understands simple sentences, loses track with negatives and tag "
                "questions, and agrees when unsure. Recommendations: short questions; no tag questions; picture cards; breaks; "
                "an intermediary for interview and trial; a ground rules hearing.")], "OTHER")
    w = lambda name, occ, date, paras, sig="[signed]", **x: dict(name=name, occ=occ, date=date, paras=paras, sig=sig, **x)
    k.w11("FAIRCLOUGH Dionne.odt", "odt", 0, w("Dionne FAIRCLOUGH", "Youth worker", "23/01/2026", [
        "I am a youth worker at the Hillcrest Young Adults Project, Hembury, and have known Leona RENWICK for three years.",
        "On Thursday 22 January 2026 at about 14:30 Leona asked to talk to me on her own. She looked worried. She said 'Gareth did "
        "sex to me and I said no'. I asked when and she said 'Sunday, at his flat, we were watching a film'. She said it hurt and he "
        "told her not to tell her mum.",
        "I did not ask her any more questions. I stayed with her and rang 101 at 14:52. I then rang her mother.",
        "I have not talked to Leona about it since, except to ask if she is OK."]), "first_account")
    k.w11("Doc2.docx", "docx", 1, w("Rhys TALBOT, PC 881", "Police constable", "22/01/2026", [
        "At 15:20 on 22/01/2026 I attended the Hillcrest Young Adults Project following a 101 call (incident SV-20260122-0388). I "
        "was the first officer to attend.",
        "I spoke to Leona RENWICK with her youth worker present. I noticed she needed short, simple questions. She told me 'Gareth "
        "next door did sex on me and I said no'. I asked only when and where. My body-worn camera was not switched on because we "
        "spoke in a private room at the project at the youth worker's request; I recorded her words in my notebook instead.",
        "I arranged for her mother to attend and passed the matter to the RASSO team."]), "officer")
    k.w11("COYLE MC1 statement.docx", "docx", 2, w("Megan COYLE, DC 3312", "Detective constable", "29/01/2026", [
        "I am an ABE-trained officer in the Severn Vale RASSO team. On 29/01/2026 between 10:05 and 10:48 I interviewed Leona "
        "RENWICK on video at the Hembury ABE suite, with registered intermediary Gwen ABERNETHY assisting.",
        "I produce the master recording as exhibit MC/1 (copy file 'ABE 29-01-26 RENWICK MC1.mp4'). I prepared the index."], "Signed: M. Coyle"), "officer")
    k.w11("ABERNETHY RI statement.odt", "odt", 1, w("Gwen ABERNETHY", "Registered intermediary", "29/01/2026", [
        "I am a registered intermediary on the Ministry of Justice Witness Intermediary Scheme (registration number fictional 0442).",
        "I assessed Leona RENWICK on 27/01/2026 and assisted at her video-recorded interview on 29/01/2026. I made my declaration "
        "before the interview. I did not put words into her mouth; I advised the officer on the form of questions."]), "witness")
    k.w11("OYELARAN statement.pdf", "pdf", 0, w("Ruth OYELARAN", "Day centre manager", "04/02/2026", [
        "I manage the Orchard Lane day centre. Leona RENWICK has attended three days a week since 2022.",
        "Since about July 2025 a neighbour called Gareth has brought her in by car. Leona spoke of him as 'my friend Gareth who "
        "drives me'. I never heard her call him her boyfriend. I have no record of any staff member being told he was her boyfriend.",
        "Anyone speaking to Leona for a few minutes would realise she has a learning disability."]), "witness")
    std_pack(k, {
        "oic": oic, "date": "12/03/2026",
        "log": ("SV-20260122-0388", [["22/01/2026 14:52", "CH 118", "101: Dionne FAIRCLOUGH, youth worker, reports a 24 y/o female with learning disability disclosed rape by neighbour 'Gareth' on Sunday."],
                                     ["22/01/2026 15:01", "DISP 2", "PC 881 TALBOT assigned."], ["22/01/2026 15:20", "PC 881", "At Hillcrest project. Disclosure confirmed. RASSO informed."],
                                     ["22/01/2026 17:45", "PC 881", "SARC appointment 23/01 10:00. Crime 71/2211/26."]]),
        "name_log": "SV incident 0388.pdf",
        "crime": ("71/2211/26", [("Offence", "s.30 SOA 2003 / rape"), ("Victim", "RENWICK, Leona (24)"), ("Suspect", "MILLWARD, Gareth"),
                                 ("Protected characteristics (victim)", "Female; 24; disability - mild learning disability")],
                  "Victim with learning disability taken to suspect's flat by suspect (neighbour) and subjected to sexual intercourse. Disclosed to youth worker 4 days later."),
        "name_crime": "crime 71-2211-26.rtf", "fmt_crime": "rtf", "rms": "Athena",
        "pnc": [("MILLWARD, Gareth", "14/06/1984", "03/0561277M", [])], "name_pnc0": "MILLWARD PNC.pdf",
        "wpnc": [["RENWICK, Leona", "Complainant", "No trace", "No trace"], ["FAIRCLOUGH, Dionne", "First account", "No trace", "No trace"],
                 ["OYELARAN, Ruth", "Witness", "No trace", "No trace"], ["ABERNETHY, Gwen", "Intermediary", "No trace", "-"]],
        "wpnc_by": "DC 1902 SHAH",
        "mg6c": [["1", "Incident log SV-20260122-0388, 22/01/2026", "With file", "Yes"], ["2", "Crime report 71/2211/26", "With file", "Yes"],
                 ["3", "PC TALBOT pocket notebook p.12-13, first account 22/01/2026", "Hembury", "Copy with file"],
                 ["4", "Youth worker's own note of disclosure, Hillcrest project, 22/01/2026 (first complaint)", "With file", "Yes"],
                 ["5", "RI assessment report, 27/01/2026", "With file", "Yes"], ["6", "ABE interview plan, 28/01/2026", "With file", "Yes"],
                 ["7", "Notes of house-to-house: two neighbours on knowledge of Leona's disability, 03/02/2026", "RASSO office", "On request"],
                 ["8", "Note of conversation with suspect's sister Ceri MILLWARD, 06/02/2026 ('like a little sister')", "RASSO office", "Yes - may assist defence"],
                 ["9", "Suspect's phone examination report (calls only), 10/02/2026", "DFU", "On request"],
                 ["10", "Letter to Adult Social Care requesting records, 03/03/2026, and notice to complainant, 02/03/2026", "With file", "Yes"]],
        "name_mg6c": "MG6C RENWICK.docx", "fmt_mg6c": "docx",
        "mg6d": [["1", "Adult social care records, Wyvern County Council, 01/06/2025-31/01/2026 (78 pp)", "Third-party confidential records",
                  "Reviewed by OIC 11/03/2026: one entry (17/11/2025) meets the test - provided redacted; remainder does not"]],
        "mg6e": "Item 8 on the MG6C (sister's comment) and the social care entry of 17/11/2025 ('Gareth is my boyfriend now') may assist the "
                "defence on the relationship issue. Both are provided with the file.",
        "mg12": [["MC/1", "ABE recording of Leona RENWICK 29/01/2026", "DC COYLE", "With file (copy)"],
                 ["KJ/1-KJ/4", "SARC swabs 23/01/2026", "Dr K. JANSSEN", "Lab"], ["SFR/1", "SFR1 DNA result", "Severnbank Forensics", "With file"]],
        "roti": [dict(file="ROTI MILLWARD 020226.pdf", who="Gareth MILLWARD", date="02/02/2026", place="Hembury custody", times="11:02-11:49",
                      officers=oic, legal="Mr P. ASANTE, solicitor",
                      lines=[["00:00", "DC COYLE", "Caution; voluntary attendance; legal advice."],
                             ["02:15", "MILLWARD", "Me and Leona have been seeing each other since November. She calls me her boyfriend."],
                             ["10:30", "MILLWARD", "We had sex on the Sunday. She wanted to. She never said no."],
                             ["19:40", "MILLWARD", "I knew she went to a day centre. I didn't know she had a disability like that."],
                             ["31:05", "DC COYLE", "Puts that she said it hurt and he said not to tell her mum. - 'That's lies.'"],
                             ["46:50", "DC COYLE", "Interview concluded."]])],
    })
    k.add("SARC and SFR1 RENWICK.pdf", "pdf", sarc_report(c, "The Willows SARC", "Leona RENWICK", "23/01/2026 10:00",
          "No injuries seen. Swabs KJ/1-KJ/4 taken. SFR1 (Severnbank Forensics, 20/02/2026): a DNA profile matching Gareth MILLWARD was "
          "obtained from the low vaginal swab KJ/2; the chance of a match from an unrelated person is less than one in a billion.",
          "Consent to examination, samples and release of SARC records to police and CPS: given by Leona on 23/01/2026 after an "
          "easy-read explanation, with her mother present; the examiner recorded that she understood.", "Dr Kirsten JANSSEN"), ["MEDICAL", "FORENSIC"])
    k.add("MG2 RENWICK.pdf", "pdf", mg2(c, "Leona RENWICK (24) - vulnerable (s.16 YJCEA: learning disability) and intimidated (s.17(4))", [
        ("Measures sought", "VRI as evidence-in-chief (s.27); s.28 pre-recorded cross-examination; live link from remote site; intermediary (s.29); aids to communication (picture cards, s.30)"),
        ("Intermediary assessment", "Completed 27/01/2026 by registered intermediary Gwen ABERNETHY - report attached"),
        ("Other", "Ground rules hearing requested; mother as supporter; breaks every 15 minutes")],
        "Leona, helped by the intermediary, said she wants to 'do the questions early on the TV' and not see Gareth.", "05/03/2026", oic), "MG2")
    k.add("Request ASC records 03-03-26.pdf", "pdf", [("title", "Request for third-party material - Adult Social Care"),
          ("kv", [("To", "Records Manager, Wyvern County Council Adult Social Care"), ("From", oic), ("Date", "03/03/2026"), ("URN", c["urn"])]),
          ("p", "Line of enquiry: the suspect says Leona described him to care staff as her boyfriend. Her records may contain her own "
                "account of the relationship and any assessment of her capacity to consent to sexual relations, which bears directly "
                "on the s.30 offence."),
          ("p", "Why necessary and proportionate: the material could support or undermine the suspect's account; no other source holds "
                "it. We ask only for case notes and capacity assessments that mention Gareth MILLWARD, a boyfriend or relationships, "
                "dated 01/06/2025 to 31/01/2026. We do not ask for her medical, health or family history."),
          ("p", "Leona was given written notice of this request (easy-read, explained with her intermediary) on 02/03/2026.")], "CORRESPONDENCE")
    k.add("Notice to Leona easy read.pdf", "pdf", [("title", "Letter for Leona - asking for your care records"),
          ("p", "Date: 02/03/2026.  From: Megan (police). URN " + c["urn"]),
          ("p", "We want to ask Adult Social Care for some of your notes. Only notes about Gareth or about boyfriends, from June 2025 to "
                "January 2026. Why: Gareth says you told your carers he was your boyfriend. We need to check what the notes say."),
          ("p", "Only the police and the CPS lawyer will read them. If something helps Gareth, his lawyer may see that part. You can "
                "talk to Gwen, your mum or your ISVA about this. You can tell us if you are not happy."),
          ("sig", "Read with Leona by: DC COYLE and G. ABERNETHY (RI)", "02/03/2026")], "CORRESPONDENCE")
    k.add("ASC extract 17-11-25 redacted.pdf", "pdf", [("title", "Adult Social Care - case note extract (redacted)"),
          ("p", "17/11/2025 support worker visit. [redacted]. L said 'Gareth is my boyfriend now' and smiled. Asked what that meant, L "
                "said 'he drives me and buys me chips'. [redacted]")], "THIRD_PARTY")
    must_not = mm(ALL_CHARGING, ABE_TOPICS, "abe_plan", "early_advice", "oic_contact", "victim_care", "mg6e", "one_urn")
    k.expected(0, [], must_not)


# ============================== 03: scan_batch_0312 - questions template, interpreter (compliant)

def case_scanbatch(out):
    k = Case(out, "scan_batch_0312", "58MR0144226", "Marches Police", "FARRANT", 703)
    c = k.c
    oic = "DC 518 Nadia PIERCE"
    B = [("small", "Marches Police - RASSO charging request (local template v4, based on MG3)  |  " + OSENS),
         ("title", "CHARGING ADVICE REQUEST"),
         ("table", ["URN", "", "", ""], [urn_boxes(c["urn"])], None),
         ("h", "Q1. Who is the suspect and what does he say happened?"),
         ("p", "FARRANT, Liam (DOB 02/08/1990), bar supervisor at the Corvedale Hotel, Ludworth. Interviewed 21/02/2026 with a "
               "solicitor. He says Chloe HAMBLING invited him into the staff room after her shift, that they had been flirting by text "
               "all week and that sex was consensual. He showed officers messages on his phone. Likely defence: consent."),
         ("h", "Q2. What is the allegation?"),
         ("p", "Rape (SOA 2003 s.1) on 21/02/2026 at about 00:40 in the staff room of the Corvedale Hotel. Chloe HAMBLING (31, night "
               "receptionist) says FARRANT followed her into the staff room, pushed her against the lockers and had vaginal "
               "intercourse with her while she told him to stop."),
         ("h", "Q3. Who did she tell first, and do we have their statement?"),
         ("p", "At 00:58 she rang the night manager on the internal phone from reception and told him that Liam had raped her in the "
               "staff room. He came straight down and called 999 at 01:10. The night manager is Polish; his statement was taken in "
               "Polish through an interpreter, and the interpreter has made her own statement. His entry in the hotel duty log "
               "(photographed) is the written record of the first complaint. Yes, we have his statement."),
         ("h", "Q4. How was her account recorded?"),
         ("p", "A written statement was taken rather than a video-recorded interview. Chloe was offered a video-recorded interview "
               "on 21/02/2026 and again on 23/02/2026; she chose to give a written statement, which DC PIERCE took on 23/02/2026."),
         ("h", "Q5. What other enquiries have been done, and what could point away from the suspect?"),
         ("p", "- The messages FARRANT relies on: his phone was examined with his agreement. Between 16 and 20 February there are "
               "friendly messages both ways, including one from Chloe on 20/02 ('see you tomorrow x'). These could support his "
               "account that there was mutual interest; they are provided with the file. Chloe accepts sending them and says they "
               "were friendly, not sexual."),
         ("p", "- Chloe's phone has not been examined and will not be sought: the messages the suspect relies on were recovered "
               "from his own phone and she does not dispute them; there is no other reasonable line of enquiry that needs her device."),
         ("p", "- CCTV: the hotel has no camera in the staff corridor; the reception camera was not recording that night because of a "
               "fault (confirmed by the hotel's maintenance manager, MG6C item 7). No footage exists."),
         ("p", "- Other staff on shift (kitchen porter, two cleaners) were spoken to; none saw or heard anything. Notes on the MG6C."),
         ("p", "- Forensic: SARC examination 21/02/2026; SFR1 dated 06/03/2026: FARRANT's DNA on the high vaginal swab. Intercourse is "
               "admitted, so the issue is consent. Chloe signed consent on 21/02/2026 for her SARC records to go to the police and CPS."),
         ("h", "Q6. Is anything still outstanding?"),
         ("p", "Nothing. No further enquiries are outstanding."),
         ("h", "Q7. What does the victim need?"),
         ("p", "Special measures (MG2 attached): Chloe would like screens; she does not want a live link or s.28 pre-recorded "
               "cross-examination and prefers to give her evidence live at trial; that was explained to her on 23/02/2026 and "
               "her view recorded. She is not vulnerable within s.16 and no intermediary is needed. Needs: time off work is being "
               "arranged through her employer; she has an ISVA (Marches ISVA, referral 21/02/2026). She does not need an interpreter. "
               "VPS: offered on 23/02/2026; she made one the same day."),
         ("h", "Q8. Bail and orders"),
         ("p", "Pre-charge bail to 21/05/2026. Conditions: not to contact Chloe HAMBLING directly or indirectly; not to attend the "
               "Corvedale Hotel (he has been suspended by the employer)."),
         ("h", "Q9. Was early advice sought?"),
         ("p", "No. The suspect was interviewed within a day and the forensic result came back in two weeks; DI MARSH decided the file "
               "could go straight to a full code test decision."),
         ("h", "Q10. What decision do you want?"),
         ("p", "A charging decision on the Full Code Test: rape, s.1 SOA 2003."),
         ("h", "Q11. Who do we contact?"),
         ("p", "OIC DC 518 Nadia PIERCE, Ludworth RASSO. Phone 01632 960581. E-mail nadia.pierce@marches.police.example."),
         ("h", "Q12. Supervisor"),
         ("p", "Reviewed by DS 77 Colin MARSH-EVANS on 13/03/2026: file complete, submit for FCT.")]
    k.add("scan_batch_0312_p1.pdf", "pdfserif", B, "MG3")
    # complainant: written statement, ODT with continuation sheet
    k.w11("HAMBLING statement.odt", "odt", 0, {
        "name": "Chloe HAMBLING", "occ": "Hotel receptionist", "date": "23/02/2026", "witnessed": oic, "split": 3, "pages": 2,
        "paras": ["I work nights on reception at the Corvedale Hotel in Ludworth. I have worked there for two years. Liam FARRANT is the "
                  "bar supervisor. We got on well and texted a bit that week about work and a quiz night. I never flirted with him in "
                  "a sexual way.",
                  "On Friday 20 February 2026 I started my shift at 22:00. At about 00:35 on Saturday I went to the staff room to get "
                  "my cardigan from my locker. Liam came in behind me and shut the door.",
                  "He said 'come on, you know you want to'. I said 'Liam, no, I'm working'. He pushed me against the lockers and "
                  "pulled my trousers down. I said 'stop' more than once and tried to push him off. He had sex with me. It lasted a few "
                  "minutes. Then he said 'don't be weird about it' and left.",
                  "I went back to reception shaking. At about 00:58 I rang Andrzej, the night manager, on the internal phone and said "
                  "'Liam has just raped me in the staff room'. He came down straight away and called the police.",
                  "I went to the SARC that morning. I have been offered a video interview and I chose to do a written statement instead."]}, "complainant")
    k.w11("KOWALCZYK A MG11.pdf", "pdf", 2, {
        "name": "Andrzej KOWALCZYK", "occ": "Hotel night manager", "date": "21/02/2026", "witnessed": oic,
        "interpreter": "This statement was made in Polish through interpreter Ewa NOWICKA (NRPSI registered) and was read back to the witness in Polish before he signed it.",
        "paras": ["I am the night manager of the Corvedale Hotel. I speak some English but I wanted to give my statement in Polish.",
                  "At about 00:58 on Saturday 21 February 2026 the internal phone rang in my office. It was Chloe from reception. She "
                  "was crying. She said 'Liam has just raped me in the staff room'. I went down at once. She was shaking and holding "
                  "her cardigan.",
                  "I asked if she wanted me to call the police and she said yes. I called 999 at 01:10. I wrote what she had said in the "
                  "night duty log at 01:20. I did not see Liam; his car had gone from the staff car park."]}, "first_account")
    k.w11("IMG_2232.jpg", "photo", 1, {
        "name": "Ewa NOWICKA", "occ": "Interpreter (Polish)", "date": "21/02/2026", "sig": ":",
        "paras": ["I am a Polish interpreter registered with the NRPSI. On 21/02/2026 at Ludworth police station I interpreted between "
                  "DC PIERCE and Andrzej KOWALCZYK while his statement was taken. I translated his words accurately into English, then "
                  "read the whole statement back to him in Polish. He agreed it was correct and signed it in my presence."]}, "witness")
    k.w11("scan_0001.pdf", "scan", 2, {
        "name": "Thomas ASHDOWN, PC 2203", "occ": "Police constable", "date": "21/02/2026", "sig": ":",
        "paras": ["At 01:12 on 21/02/2026 I was sent to the Corvedale Hotel, Ludworth (incident MR-20260221-0031). I arrived at 01:24 "
                  "and was the first officer there.",
                  "In the night manager's office I saw Chloe HAMBLING. She was tearful. I asked what had happened. She said 'Liam, the "
                  "bar supervisor, raped me in the staff room about half twelve'. I recorded her words in my notebook at 01:30.",
                  "I secured the staff room as a scene. I asked her not to wash and took her to The Willows SARC at 07:00."]}, "officer")
    k.w11("PIERCE NP1 999 call.docx", "docx", 2, {
        "name": "Nadia PIERCE, DC 518", "occ": "Detective constable", "date": "24/02/2026", "sig": "Signature: N. Pierce (signed)",
        "paras": ["I am the officer in the case. On 24/02/2026 I obtained from the Marches Police control room a copy of the 999 call made "
                  "by Andrzej KOWALCZYK at 01:10 on 21/02/2026. I produce it as exhibit NP/1 (file '999 call 0110 21-02-26.wav').",
                  "On 21/02/2026 I photographed the entry in the hotel night duty log made at 01:20 and produce the photograph as NP/2."]}, "officer")
    make_wav(k.p("999 call 0110 21-02-26.wav"), seconds=4, seed=703)
    k.note("999 call 0110 21-02-26.wav", "CALL_999")
    render_photo(k.p("IMG_2231.jpg"), [("h", "CORVEDALE HOTEL - NIGHT DUTY LOG"), ("p", "Date: 20/21 Feb 2026    Duty manager: A. Kowalczyk"),
        ("table", ["Time", "Entry"], [["23:40", "Rooms 12, 14 late check-in done"], ["00:58", "Chloe (reception) phoned me crying - said Liam raped her in staff room. Went down."],
                                      ["01:10", "Called police 999"], ["01:20", "Police on way. Chloe with me in office. Liam car gone."], ["01:24", "Police arrived (PC Ashdown)"]], (15, 85)),
        ("p", "Signed A.K.")], k.rng, head=None)
    k.note("IMG_2231.jpg", "OTHER")
    std_pack(k, {
        "oic": oic, "date": "13/03/2026",
        "log": ("MR-20260221-0031", [["21/02/2026 01:10", "CH 40", "999 call from male, night manager Corvedale Hotel: female member of staff says she has been raped by colleague in staff room, suspect left in vehicle."],
                                     ["21/02/2026 01:12", "DISP 1", "PC 2203 ASHDOWN assigned, immediate."], ["21/02/2026 01:24", "PC 2203", "On scene. Victim safe. Scene secured."],
                                     ["21/02/2026 02:30", "PS 61", "Suspect details circulated. Crime 58/3377/26."]]),
        "name_log": "scan_batch_0312_p4.pdf",
        "crime": ("58/3377/26", [("Offence", "Rape"), ("Victim", "HAMBLING, Chloe (31)"), ("Suspect", "FARRANT, Liam"), ("Reported", "21/02/2026 01:10")],
                  "Suspect followed victim (colleague) into staff room and raped her. Reported via night manager."),
        "name_crime": "Crime report 58-3377-26.rtf", "fmt_crime": "rtf", "rms": "Niche RMS",
        "pnc": [("FARRANT, Liam", "02/08/1990", "09/0233190P", [])], "name_pnc0": "PNC FARRANT.rtf", "fmt_pnc": "rtf",
        "wpnc": [["HAMBLING, Chloe", "Complainant", "No trace", "No trace"],
                 ["KOWALCZYK, Andrzej", "First account", "1 conviction: 14/05/2019 drive with excess alcohol, Ludworth MC, 16-month ban and fine", "No trace"],
                 ["NOWICKA, Ewa", "Interpreter", "No trace", "-"]],
        "wpnc_note": "Mr KOWALCZYK's conviction is disclosed to the prosecutor as material that may be capable of affecting his credibility (rebuttable presumption).",
        "mg6c": [["1", "Incident log MR-20260221-0031 (999 call and deployment), 21/02/2026", "With file", "Yes"],
                 ["2", "Crime report 58/3377/26", "With file", "Yes"],
                 ["3", "Hotel night duty log entry 01:20 21/02/2026 (first complaint record) - NP/2", "With file", "Yes"],
                 ["4", "PC ASHDOWN pocket notebook p.7, complainant's first words 01:30", "Ludworth", "Copy with file"],
                 ["5", "Suspect's phone examination report (messages 16-20/02/2026 with complainant), 22/02/2026", "With file", "Yes - may assist defence"],
                 ["6", "Notes of enquiries with kitchen porter and two cleaners on shift, 22/02/2026 - nothing seen or heard", "RASSO office", "No"],
                 ["7", "E-mail from hotel maintenance manager confirming reception CCTV fault 19-23/02/2026", "RASSO office", "No"],
                 ["8", "Scene log, staff room, 21/02/2026", "RASSO office", "No"],
                 ["9", "Custody record FARRANT 21/02/2026", "Custody", "No"]],
        "name_mg6c": "scan_batch_0312_p6.docx", "fmt_mg6c": "docx",
        "mg6d": [], "name_mg6d": "scan_batch_0312_p7.pdf",
        "mg12": [["NP/1", "999 call recording 01:10 21/02/2026 ('999 call 0110 21-02-26.wav')", "DC PIERCE", "With file"],
                 ["NP/2", "Photograph of hotel night duty log (IMG_2231.jpg)", "DC PIERCE", "With file"],
                 ["VS/1-VS/5", "SARC swabs 21/02/2026", "Dr V. SOLANKI", "Lab"], ["SFR/1", "SFR1 06/03/2026", "Lab", "With file"]],
        "name_mg12": "MG12.rtf", "fmt_mg12": "rtf",
        "roti": [dict(file="scan_batch_0312_p9.pdf", who="Liam FARRANT", date="21/02/2026", place="Ludworth custody", times="16:20-17:05",
                      officers=oic, legal="Ms R. DEVLIN, solicitor",
                      lines=[["00:00", "DC PIERCE", "Caution. Legal advice confirmed."], ["01:30", "FARRANT", "Chloe and me have been texting all week. She was flirty."],
                             ["06:10", "FARRANT", "She said come in the staff room. We kissed. We had sex. She never said stop."],
                             ["18:45", "FARRANT", "Shows messages on phone; agrees to it being examined."],
                             ["40:10", "DC PIERCE", "Puts that she said 'no, I'm working' and 'stop'. - 'No she didn't.'"], ["44:30", "DC PIERCE", "Concluded."]])],
    })
    k.add("SFR1 58MR0144226.pdf", "pdf", sfr1(c, "Severnbank Forensics", "SBF/26/1120", "06/03/2026", "Dr M. TREGARTHEN",
          "A male DNA profile was obtained from high vaginal swab VS/2 (Chloe HAMBLING). It matches the reference profile of Liam FARRANT. "
          "The probability of a match from an unrelated male is less than one in a billion."), "FORENSIC")
    k.add("SARC consent HAMBLING.pdf", "pdf", sarc_report(c, "The Willows SARC", "Chloe HAMBLING", "21/02/2026 07:40",
          "Bruising 2 x 3 cm to the left upper arm. Swabs VS/1-VS/5 taken.",
          "Consent signed 21/02/2026 to examination, samples, and release of SARC records and findings to Marches Police and the CPS.",
          "Dr Vikram SOLANKI"), "MEDICAL")
    k.add("MG2 HAMBLING.docx", "docx", mg2(c, "Chloe HAMBLING (31)", [("Eligibility", "s.17(4) YJCEA - complainant of sexual offence"),
          ("Measures sought", "Screens (s.23)"), ("Not sought", "Live link; s.28 pre-recorded cross-examination (declined - see views); intermediary (not needed)")],
          "Chloe wants to give her evidence in the courtroom from behind a screen. Pre-recorded cross-examination under s.28 was explained; she "
          "does not want it.", "23/02/2026", oic), "MG2")
    must_not = mm(ALL_CHARGING, ABE_TOPICS, "abe_plan", "early_advice", "oic_contact", "victim_care")
    k.expected(0, [], must_not)


# ============================== 04: THRESHOLD CASWELL (compliant, threshold stage) ===========

def case_threshold(out):
    k = Case(out, "THRESHOLD CASWELL (custody)", "63KD0395126", "Wyvern Constabulary", "CASWELL", 704, stage="threshold")
    c = k.c
    oic = "DC 1650 Kwame ASANTE-BOATENG"
    B = mg3_head(c) + [
        ("kv", [("URN", c["urn"]), ("Suspect", "Dean CASWELL (DOB 30/10/1987) - IN CUSTODY, Kedminster, relevant time 07/03/2026 15:04 (extended to 36 h by Supt WRIGHT)"),
                ("Offence", "Rape (SOA 2003 s.1), 07/03/2026 about 05:30, Flat 6 Linthorpe Court, Kedminster"),
                ("Decision sought", "THRESHOLD TEST - charge and remand in custody"), ("Date / time of request", "08/03/2026 13:20")]),
        ("h", "Why the Threshold Test is requested"),
        ("p", "(1) There are reasonable grounds to suspect CASWELL committed the offence: Natalie BROOKS's ABE account; her first account "
              "by phone to a work colleague at 06:50; the door-entry fob record showing the spare fob for her flat (which she says he "
              "kept) used at 05:22 and 06:14; her distress on body-worn video; fresh bruising recorded at the SARC."),
        ("p", "(2) Further evidence can be obtained within a reasonable period and will be capable of meeting the Full Code Test: "
              "DNA on the intimate swabs (target 20/03/2026); cell-site data for his phone (target 03/04/2026); Linthorpe Court "
              "entrance CCTV, which the managing agent is retrieving (target 13/03/2026)."),
        ("p", "(3) The seriousness of the offence justifies an immediate charging decision, and (4) there are continuing substantial "
              "grounds to object to bail: he has a 2019 conviction for assault occasioning actual bodily harm on a former partner; "
              "since the separation he has sent her messages saying he still has a key and 'can come round whenever'; he knows where "
              "she lives and works. There are substantial grounds to believe he would commit further offences or interfere with her "
              "if released. (5) It is in the public interest to charge now."),
        ("h", "Summary"),
        ("p", "Natalie BROOKS (29) and CASWELL separated in December 2025. She says that at about 05:30 he let himself into her flat, "
              "got into her bed, held her down by her wrists and raped her, then left at about 06:15. At 06:50 she rang her work "
              "colleague to say she would not be in and told her what had happened; the colleague told her to call the police. She "
              "rang 999 at 07:20. PC 2987 HOLLOWAY attended at 07:34 (first attending officer; BWV recorded)."),
        ("h", "Suspect's account"),
        ("p", "Interviewed 08/03/2026 09:30 with a solicitor. He denies being at the flat and says he was at home asleep with his new "
              "partner, Kayleigh DOYLE. He says he returned the spare fob in January. Defence: alibi / not there."),
        ("h", "Lines of enquiry - including those pointing away from CASWELL"),
        ("p", "- Alibi: Kayleigh DOYLE was spoken to at 12:00 on 08/03/2026. She says he was in bed with her all night but accepts she "
              "took a sleeping tablet at midnight. Her account supports his alibi; the officer's note is provided with the file."),
        ("p", "- Cell-site for his phone (requested 08/03/2026, target 03/04/2026) will show whether the phone was near Linthorpe Court "
              "or at home; it may support or undermine the alibi."),
        ("p", "- Fob: the managing agent's record says the spare fob was never deactivated; whether anyone else could have it will be "
              "checked with the agent (target 13/03/2026)."),
        ("p", "- Her phone: examined by kiosk with her agreement on a Digital Processing Notice, limited to messages and call logs with "
              "CASWELL's number, 01/12/2025 to 07/03/2026, to capture his messages about the key. Extraction completed 08/03/2026; "
              "report attached. Nothing else was taken."),
        ("h", "Outstanding evidence"),
        ("table", ["What", "Target date"], [["DNA - intimate swabs JP/1-JP/4", "20/03/2026"], ["Cell-site data, CASWELL's phone", "03/04/2026"],
                                          ["Linthorpe Court entrance CCTV and fob audit", "13/03/2026"], ["Full Code Test review file", "10/04/2026"]], None),
        ("h", "Medical"),
        ("p", "SARC (Beacon House) 07/03/2026 11:10, Dr J. PATEL: bruising to both wrists and inner thighs. Natalie signed consent for the "
              "SARC record and findings to be released to police and CPS."),
        ("h", "Victim"),
        ("p", "Special measures (MG2 attached): VRI as evidence-in-chief, live link; she wants s.28 pre-recorded cross-examination. Not "
              "vulnerable under s.16; no intermediary needed. Needs: a safety plan and a lock change (done 07/03/2026); referred to an "
              "IDVA/ISVA (Nightingale) on 07/03/2026; no interpreter. VPS offered 07/03/2026: she will make one once she has slept."),
        ("h", "Early advice"),
        ("p", "Not sought - the suspect was arrested the same day and the case went straight to a custody threshold decision."),
        ("h", "OIC and supervisor"),
        ("p", "DC 1650 Kwame ASANTE-BOATENG, 01632 960169, kwame.asante-boateng@wyvern.police.example. Endorsed by DS 2041 Paula VINE, "
              "08/03/2026 13:10: threshold test conditions reviewed and agreed.")]
    k.add("MG3 CASWELL threshold.pdf", "pdf", B, "MG3")
    k.video("BROOKS ABE 07-03-26.mp4", ["VRI Kedminster suite 2", "N. BROOKS", "DC 1650 ASANTE-BOATENG", "Exh KAB/1"], seconds=5)
    k.add("ABE summary BROOKS.pdf", "pdf", abe_summary(c, "Natalie BROOKS", "07/03/2026 19:02-19:51", "Kedminster suite 2", oic, "DC 880 FROST (monitor)",
          "BROOKS ABE 07-03-26.mp4", "KAB/1",
          [["00:00", "Introductions, ground rules."], ["03:20", "Relationship history; split before Christmas; he kept spare fob and key."],
           ["10:15", "Woke about 05:30; Dean in bedroom; got into bed; she said 'get out'; held her wrists; raped her."],
           ["24:40", "He left about 06:15 saying 'you won't tell anyone'."], ["28:05", "Rang Simone at work about 06:50, told her."],
           ["33:10", "Rang 999 at 07:20."], ["41:00", "Messages about the key since January."], ["48:30", "Closing."]],
          "Summary by the interviewing officer; transcript to follow for the full file."), "ABE_SUMMARY")
    w = lambda name, occ, date, paras, sig="[signed]", **x: dict(name=name, occ=occ, date=date, paras=paras, sig=sig, **x)
    k.w11("ACHTERBERG S 070326.docx", "docx", 0, w("Simone ACHTERBERG", "Team leader, Kedminster call centre", "07/03/2026", [
        "I work with Natalie BROOKS at the Kedminster call centre. At about 06:50 on Saturday 7 March 2026 she rang my mobile. She was "
        "crying. She said she could not come in. I asked why and she said 'Dean came in the flat this morning and raped me'.",
        "I told her to ring the police straight away. She said she would. I rang her back at 07:30 and she said the police were coming."]), "first_account")
    k.w11("HOLLOWAY JH MG11.pdf", "pdf", 1, w("Jade HOLLOWAY, PC 2987", "Police constable", "07/03/2026", [
        "At 07:22 on 07/03/2026 I was sent to Flat 6 Linthorpe Court (incident 0112). I arrived at 07:34, the first officer there. My "
        "body-worn camera was recording from arrival; I produce the clip as exhibit JH/1 ('BWV HOLLOWAY 0734.mp4').",
        "Natalie BROOKS opened the door. She was crying and holding her wrists. She said 'my ex Dean let himself in and raped me'.",
        "I later obtained a copy of her 999 call at 07:20 from the control room and produce it as exhibit JH/2 ('999 BROOKS 0720.wav')."]), "officer")
    k.w11("ASANTE-BOATENG KAB1.pdf", "pdf", 0, w("Kwame ASANTE-BOATENG, DC 1650", "Detective constable", "07/03/2026", [
        "On 07/03/2026 between 19:02 and 19:51 I interviewed Natalie BROOKS on video at Kedminster suite 2. I produce the recording as "
        "exhibit KAB/1 ('BROOKS ABE 07-03-26.mp4').",
        "On 08/03/2026 I obtained from the managing agent of Linthorpe Court the door-entry fob record for 06-07/03/2026 and produce it as KAB/2."],
        "(Sgd) K. Asante-Boateng"), "officer")
    k.w11("McBRIDE T statement.docx", "docx", 2, w("Terence McBRIDE", "Retired", "07/03/2026", [
        "I live in Flat 5 Linthorpe Court, next to Natalie. At about 06:15 on 07/03/2026 I heard her front door bang and a man's voice on "
        "the landing say 'not a word'. I looked through my spyhole and saw a man in a grey hooded top going down the stairs. I did not see his face."]), "witness")
    make_wav(k.p("999 BROOKS 0720.wav"), seconds=5, seed=7041)
    k.note("999 BROOKS 0720.wav", "CALL_999")
    k.video("BWV HOLLOWAY 0734.mp4", ["BWV  PC 2987  07/03/2026", "07:34:02  Linthorpe Ct", "Exh JH/1"], type_="BWV", seconds=3, tint=(10, 10, 10))
    std_pack(k, {
        "oic": oic, "date": "08/03/2026",
        "log": ("WV-20260307-0112", [["07/03/2026 07:20", "CH 3110", "999: female Natalie BROOKS states ex-partner Dean CASWELL entered her flat with a key and raped her, left 06:15."],
                                     ["07/03/2026 07:22", "DISP 05", "PC 2987 HOLLOWAY assigned - immediate."], ["07/03/2026 07:34", "PC 2987", "On scene, BWV on. Victim safe."],
                                     ["07/03/2026 15:04", "DC 1650", "Suspect arrested at home address."]]),
        "crime": ("63/18001/26", [("Offence", "Rape"), ("Victim", "BROOKS, Natalie (29)"), ("Suspect", "CASWELL, Dean"), ("Domestic", "Yes - ex-partner; DASH high risk")],
                  "Ex-partner entered victim's flat using retained key/fob and raped her."),
        "pnc": [("CASWELL, Dean", "30/10/1987", "05/1122456F", [["02/04/2019", "Kedminster Magistrates", "Assault occasioning ABH (former partner)", "Community order 12 months, rehabilitation activity"]])],
        "wpnc": [["BROOKS, Natalie", "Complainant", "No trace", "No trace"], ["ACHTERBERG, Simone", "First account", "No trace", "No trace"],
                 ["McBRIDE, Terence", "Witness", "No trace", "No trace"]],
        "mg6c": [["1", "Incident log WV-20260307-0112", "With file", "Yes"], ["2", "Crime report 63/18001/26", "With file", "Yes"],
                 ["3", "DASH risk assessment 07/03/2026", "Niche", "No"], ["4", "Officer note of conversation with Kayleigh DOYLE (alibi), 08/03/2026", "With file", "Yes - assists defence"],
                 ["5", "Digital Processing Notice and kiosk report, 07-08/03/2026", "With file", "Yes"], ["6", "Custody record CASWELL", "Custody", "No"]],
        "mg6d": [], "mg12": [["KAB/1", "ABE recording N. BROOKS", "DC ASANTE-BOATENG", "With file"], ["KAB/2", "Fob record Linthorpe Court", "DC ASANTE-BOATENG", "With file"],
                              ["JH/1", "BWV clip PC HOLLOWAY 07:34", "PC HOLLOWAY", "With file"], ["JH/2", "999 call 07:20", "PC HOLLOWAY", "With file"],
                              ["JP/1-JP/4", "SARC swabs", "Dr J. PATEL", "Lab - results by 20/03/2026"]],
        "roti": [dict(file="ROTI CASWELL 080326.pdf", who="Dean CASWELL", date="08/03/2026", place="Kedminster custody", times="09:30-10:12", officers=oic,
                      legal="Mr H. BELL, solicitor", lines=[["00:00", "DC ASANTE-BOATENG", "Caution."], ["01:10", "CASWELL", "I wasn't there. I was at home with Kayleigh all night."],
                                                            ["09:30", "CASWELL", "I gave the fob back in January. I don't have a key."], ["22:15", "CASWELL", "The messages were a wind-up."], ["41:00", "-", "Concluded."]])],
    })
    k.add("DPN BROOKS.pdf", "pdf", dpn(c, "Natalie BROOKS", "Samsung Galaxy A54", "Messages (SMS, WhatsApp) and call logs with Dean CASWELL's number only",
          "01/12/2025 to 07/03/2026", "To capture his messages about keeping a key and coming round, which support your account of how he got in.", "07/03/2026", oic), "DPN")
    k.add("Kiosk report BROOKS.pdf", "pdf", extract_report(c, "KIOSK/KD/26/088", "Samsung Galaxy A54 (Natalie BROOKS)", "Messages and call logs with 07700 900311 only; 01/12/2025-07/03/2026",
          "23 WhatsApp messages from CASWELL, including 14/02/2026 'I've still got the key babe' and 02/03/2026 'can come round whenever'. Device returned 08/03/2026.",
          tool="Force kiosk (selective)"), "DIGITAL_EXTRACT")
    k.add("SARC BROOKS.pdf", "pdf", sarc_report(c, "Beacon House SARC", "Natalie BROOKS", "07/03/2026 11:10", "Fingertip-pattern bruising both wrists; bruising inner thighs. Swabs JP/1-JP/4 (DNA result expected 20/03/2026).",
          "Signed consent 07/03/2026 to examination, samples and release of records and findings to police/CPS.", "Dr J. PATEL"), "MEDICAL")
    k.add("Alibi note DOYLE.pdf", "pdf", [("title", "Officer note - alibi enquiry"), ("kv", [("URN", c["urn"]), ("Officer", "DC 880 FROST"), ("Date", "08/03/2026 12:00")]),
          ("p", "Kayleigh DOYLE says Dean CASWELL was in bed with her all night on 6-7 March. She took a sleeping tablet at about midnight and woke at 08:00 when police came.")], "OTHER")
    k.add("MG2 BROOKS.docx", "docx", mg2(c, "Natalie BROOKS (29)", [("Eligibility", "s.17(4) YJCEA"), ("Measures", "VRI (s.27); live link; s.28 pre-recorded cross-examination")],
          "Natalie wants s.28 so that she can 'get it done'. She does not want to be in the same room as him.", "08/03/2026", oic), "MG2")
    must_not = mm(ALL_CHARGING, ABE_TOPICS, "oic_contact", "early_advice", "victim_care", "one_urn")
    k.expected(0, [], must_not)


# ============================== 05: KELSO file - experts, typed copies, photo (compliant) ======

def case_kelso(out):
    k = Case(out, "KELSO_file_docs", "71HB0226726", "Severn Vale Police", "BANNISTER", 705)
    c = k.c
    oic = "DC 775 Beth KIRKWOOD"
    B = [("small", "MG3   " + OSENS), ("title", "REPORT TO CROWN PROSECUTOR FOR CHARGING DECISION"),
         ("kv", [("URN", c["urn"]), ("Suspect", "BANNISTER, Tyler (27)"), ("Offence", "Rape, SOA 2003 s.1, 24-25/01/2026, 3/11 Kelso Street, Hembury"),
                 ("Decision required", "Full code test"), ("Officer in case", "DC 775 Beth KIRKWOOD - 01632 960775 - beth.kirkwood@severnvale.police.example"),
                 ("Supervising officer", "DS 221 Iwan PROSSER - endorsed 11/03/2026"), ("Bail", "Pre-charge bail to 25/04/2026: not to contact Rhiannon PRYCE directly or indirectly; not to enter Carmel Street, Hembury")]),
        ("h", "Evidence summary"),
        ("p", "Rhiannon PRYCE (22) met the suspect through the Spark dating app. On 24/01/2026 they went for a drink and took a taxi back to "
              "his flat at 22:40. She says she agreed to kissing but told him she did not want sex; he pinned her down and raped her. "
              "She left at 01:40 and took a taxi home. At 08:15 she phoned her mother, Mrs Denise PRYCE, and told her; her mother "
              "took her to the police station at 10:30. PC 1190 LLOYD took the first account (statement attached)."),
        ("p", "ABE interview 25/01/2026 by DC KIRKWOOD (recording BK/1, summary, statement). SARC examination: Dr Anil BHATTACHARYA (statement). "
              "Forensic scientist Dr Morwenna TREGARTHEN (statement): DNA on swabs matches the suspect. CCTV from Hembury taxi rank shows "
              "her arriving home at 01:58 crying (BK/2)."),
        ("h", "Suspect's account / defence"),
        ("p", "In interview he said the sex was consensual and that she became upset only when he said he did not want a relationship. "
              "Defence: consent / reasonable belief in consent."),
        ("h", "Lines of enquiry, including those which may point away from the suspect"),
        ("p", "Dating app messages before the date were sexual in tone on both sides; these were obtained from her phone (below) and "
              "are provided because they may assist the defence. The taxi driver who took them to the flat, Gerald NUTTALL, says they "
              "were kissing in the back and she seemed happy; his statement is attached. Neighbours at Kelso Street heard nothing. The "
              "suspect's phone was downloaded: he sent a friend a message at 02:10 saying 'she got weird after'. All of these are "
              "scheduled on the MG6C and provided."),
        ("p", "Her phone: with her agreement on a Digital Processing Notice, a selective extraction of the Spark app chat and messages "
              "with the suspect only, 10/01/2026 to 26/01/2026. Nothing else was taken and nothing else is needed. No third-party "
              "material has been requested; there is no reason to seek it."),
        ("h", "Outstanding"),
        ("p", "None. DNA and medical evidence are complete; no further enquiries are outstanding."),
        ("h", "Victim"),
        ("p", "MG2 attached: VRI, screens and s.28 pre-recorded cross-examination (she wants it). She is not vulnerable under s.16 and no "
              "intermediary is needed. She has an ISVA (Sevenfold ISVA, referred 25/01/2026). She needs no interpreter. She was offered "
              "a VPS on 25/01/2026 and declined for now; she knows she can make one later. Consent to release the SARC record was signed "
              "25/01/2026."),
        ("h", "Early advice"),
        ("p", "Early advice was not sought: intercourse was admitted in interview, the only issue is consent, and all the evidence was "
              "in by 20/02/2026.")]
    k.add("MG3_KELSO_v1.docx", "docx", B, "MG3")
    k.add("MG5 KELSO.docx", "docx", [("title", "MG5 Case Summary"), ("kv", [("URN", c["urn"]), ("Defendant", "Tyler BANNISTER")]),
          ("p", "The complainant met the defendant on a dating app and went to his flat after a drink. She agreed to kissing and said she did not "
                "want sex. He held her down and had sex with her. She left and took a taxi home, crying on the rank CCTV, and told her mother "
                "in the morning. His DNA was found on the swabs. He says she consented.")], "MG5")
    k.video("ABE PRYCE R BK1.mp4", ["VRI Hembury suite A", "R. PRYCE 25/01/2026", "DC 775 KIRKWOOD", "Exh BK/1"], seconds=4)
    k.video("CCTV taxi rank 0158 BK2.mp4", ["Hembury taxi rank cam 3", "25/01/2026 01:58:10", "Exh BK/2"], type_="CCTV", seconds=3, tint=(50, 50, 50))
    k.add("ABE summary PRYCE.pdf", "pdf", abe_summary(c, "Rhiannon PRYCE", "25/01/2026 14:00-14:52", "Hembury suite A", oic, "DC 1902 SHAH",
          "ABE PRYCE R BK1.mp4", "BK/1",
          [["00:00", "Introductions."], ["04:00", "Met on Spark; drinks at the Grapes; taxi to his flat."], ["12:30", "Kissing on sofa; 'I said I'm not sleeping with you tonight'."],
           ["18:20", "He pinned her wrists; intercourse; she said no and cried."], ["31:00", "Left 01:40, taxi home."], ["38:10", "Phoned mum at 08:15."], ["49:00", "Closing."]],
          "Summary by interviewing officer."), "ABE_SUMMARY")
    w = lambda name, occ, date, paras, sig="(Sgd)", **x: dict(name=name, occ=occ, date=date, paras=paras, sig=sig, **x)
    k.w11("PRYCE Denise typed copy.docx", "docx", 0, w("Denise PRYCE", "Nurse", "25/01/2026", [
        "I am Rhiannon's mother. At 08:15 on Sunday 25 January 2026 she rang me. She was sobbing. She said 'Mum, I went back to a lad's "
        "flat and I told him no and he did it anyway'. I asked if she meant he had sex with her and she said yes.",
        "I drove to her flat and took her to Hembury police station, arriving at 10:30."], "(Sgd) D. Pryce"), "first_account")
    k.w11("LLOYD O 1190.docx", "docx", 1, w("Owain LLOYD, PC 1190", "Police constable", "25/01/2026", [
        "At 10:30 on 25/01/2026 at the front counter of Hembury police station I was the first officer to deal with Rhiannon PRYCE. She "
        "said 'I met a man off Spark last night and he raped me at his flat'. I recorded her first account in my notebook and called the RASSO team."],
        "(Sgd) O. Lloyd PC 1190"), "officer")
    k.w11("KIRKWOOD BK1 BK2.docx", "docx", 2, w("Beth KIRKWOOD, DC 775", "Detective constable", "27/01/2026", [
        "On 25/01/2026 I interviewed Rhiannon PRYCE on video (14:00-14:52) and produce the recording as BK/1.",
        "On 26/01/2026 I viewed and copied the Hembury Council taxi rank camera 3 footage for 01:55-02:05 on 25/01/2026, and produce the clip as BK/2.",
        "On 25/01/2026 Rhiannon signed a Digital Processing Notice; I produce the DFU report as BK/3."], "Signed: B. Kirkwood"), "officer")
    k.w11("BHATTACHARYA FME.pdf", "pdf", 0, w("Dr Anil BHATTACHARYA", "Forensic physician", "03/02/2026", [
        "I am a forensic physician at The Willows SARC. At 12:00 on 25/01/2026 I examined Rhiannon PRYCE with her consent.",
        "I found bruising on the inner aspect of both wrists (2 cm, 1.5 cm), which could have been caused by gripping. I took swabs AB/1-AB/5."],
        "[signed]"), "expert")
    k.w11("TREGARTHEN forensic scientist.pdf", "pdf", 1, w("Dr Morwenna TREGARTHEN", "Forensic scientist, Severnbank Forensics", "18/02/2026", [
        "I hold a PhD in molecular biology and have reported DNA evidence for 14 years.",
        "Swab AB/2 (high vaginal) gave a male DNA profile matching Tyler BANNISTER's reference sample. In my opinion the evidence provides extremely "
        "strong support that he is the source of the DNA. The findings do not address consent."], "[signed]"), "expert")
    k.w11("IMG_0457.jpg", "photo", 2, w("Gerald NUTTALL", "Taxi driver", "02/02/2026", [
        "I drive for Hembury Cars. At about 22:30 on 24/01/2026 I picked up a man and a young woman from the Grapes and took them to Kelso "
        "Street. They were kissing in the back and she was laughing. She seemed fine. I dropped them at 22:40."], ":"), "witness")
    std_pack(k, {
        "oic": oic, "date": "11/03/2026",
        "log": ("SV-20260125-0201", [["25/01/2026 10:32", "FC 12", "Front counter report: 22 y/o female reports rape at suspect's flat overnight (met via dating app)."],
                                     ["25/01/2026 10:40", "PC 1190", "First account taken. RASSO informed. SARC 12:00."]]), "system": "SleuthCAD",
        "crime": ("71/3108/26", [("Offence", "Rape"), ("Victim", "PRYCE, Rhiannon (22)"), ("Suspect", "BANNISTER, Tyler")], "Met via app; raped at suspect's flat after date."),
        "pnc": [("BANNISTER, Tyler", "12/12/1998", "17/0044102A", [])],
        "wpnc": [["PRYCE, Rhiannon", "Complainant", "No trace", "No trace"], ["PRYCE, Denise", "First account", "No trace", "No trace"],
                 ["NUTTALL, Gerald", "Witness", "No trace", "No trace"], ["BHATTACHARYA / TREGARTHEN", "Experts", "Not required (professional)", "-"]],
        "mg6c": [[str(i + 1), d, l, p] for i, (d, l, p) in enumerate([
            ("Front counter log SV-20260125-0201, 25/01/2026", "With file", "Yes"), ("Crime report 71/3108/26", "With file", "Yes"),
            ("PC LLOYD notebook p.22-23: first account 10:30 25/01/2026", "Hembury", "Copy with file"),
            ("Record of first complaint: note of mother's call, taken from Denise PRYCE's phone call log (08:15, 6 min)", "With file (in D. PRYCE statement)", "Yes"),
            ("Spark app messages between complainant and suspect 10-24/01/2026 (sexual in tone both ways) - in BK/3", "With file", "Yes - may assist defence"),
            ("Suspect's phone download: message to friend 02:10 25/01/2026 'she got weird after'", "DFU", "Yes - copy with file"),
            ("House-to-house Kelso Street nos. 1-21, 26/01/2026 - nobody heard anything", "RASSO office", "On request"),
            ("Taxi booking records Hembury Cars 24-25/01/2026", "RASSO office", "On request"),
            ("Full taxi rank footage 01:30-02:30 25/01/2026 (clip BK/2 exhibited)", "Digital store", "On request"),
            ("Custody record BANNISTER 27/01/2026", "Custody", "No"), ("Pre-interview disclosure 27/01/2026", "RASSO office", "No"),
            ("Forensic submission forms AB/1-AB/5, 26/01/2026", "RASSO office", "No"), ("Continuity records for swabs", "Property", "No"),
            ("Victim needs assessment 25/01/2026", "Niche", "No"), ("ISVA referral confirmation e-mail 25/01/2026", "RASSO office", "No"),
            ("SARC booking record 25/01/2026", "RASSO office", "No"), ("Bail notices 27/01/2026", "Custody", "No"),
            ("ABE interview plan 25/01/2026", "RASSO office", "On request"), ("Pocket notebook DC KIRKWOOD p.3-6", "RASSO office", "No"),
            ("E-mail from Spark Ltd confirming account holder details, 04/02/2026", "RASSO office", "No"),
            ("Statement-taking notes (draft) D. PRYCE 25/01/2026", "RASSO office", "No"),
            ("Photographs of suspect's flat (scene) 27/01/2026 x 14", "Digital store", "On request"),
            ("Scene log 3/11 Kelso Street 27/01/2026", "RASSO office", "No"),
            ("Arrest record BANNISTER 27/01/2026", "Custody", "No"),
            ("Solicitor's correspondence 02/02/2026 re bail variation (refused)", "RASSO office", "No"),
            ("Witness care unit needs assessment for Denise PRYCE, 04/02/2026", "Niche", "No"),
            ("DFU submission form for complainant's phone (BK/3), 25/01/2026", "RASSO office", "No"),
            ("DFU submission form for suspect's phone, 27/01/2026", "RASSO office", "No"),
        ])], "name_mg6c": "MG6C KELSO.pdf", "mg6c_style": 1, "mg6c_size": 12,
        "mg6d": [["1", "ISVA referral form", "Complainant's personal details", "Does not meet test"], ["2", "Full SARC notes", "Medical confidentiality", "Does not meet test"]],
        "name_mg6d": "MG6D KELSO.docx", "fmt_mg6d": "docx",
        "mg6e": "MG6C items 5 and 6 may assist the defence on consent and are provided. Nothing else meets the test.",
        "mg12": [["BK/1", "ABE recording R. PRYCE", "DC KIRKWOOD", "With file"], ["BK/2", "Taxi rank CCTV clip 01:58", "DC KIRKWOOD", "With file"],
                 ["BK/3", "DFU report (Spark chat and messages with suspect)", "DC KIRKWOOD", "With file"],
                 ["AB/1-AB/5", "SARC swabs", "Dr BHATTACHARYA", "Lab"]],
        "roti": [dict(file="scan_0012.pdf", fmt="scan", who="Tyler BANNISTER", date="27/01/2026", place="Hembury custody", times="14:10-14:58", officers=oic,
                      legal="Ms L. GREY, solicitor", lines=[["00:00", "DC KIRKWOOD", "Caution."], ["02:40", "BANNISTER", "We had sex. She wanted to."],
                                                           ["15:30", "BANNISTER", "She got upset after I said I wasn't looking for anything serious."],
                                                           ["30:00", "DC KIRKWOOD", "Puts wrist bruising. - 'Don't know, maybe from messing about.'"], ["47:00", "-", "Concluded."]])],
    })
    k.add("DPN PRYCE R.pdf", "pdf", dpn(c, "Rhiannon PRYCE", "Google Pixel 7", "Spark app chat with the suspect; SMS and WhatsApp with the suspect's number",
          "10/01/2026 to 26/01/2026", "To obtain the messages between you and the man before and after the date, which both sides may rely on.", "25/01/2026", oic), "DPN")
    k.add("DFU report BK3.pdf", "pdf", extract_report(c, "DFU/SV/26/0144", "Google Pixel 7 (R. PRYCE)", "Spark chat + SMS/WhatsApp with suspect only; 10/01/2026-26/01/2026",
          "212 Spark messages, 9 WhatsApp messages. Several from both parties sexual in tone before the date. On 25/01/2026 at 09:40 the suspect wrote 'sorry if I got carried away'."), "DIGITAL_EXTRACT")
    k.add("SARC consent PRYCE.pdf", "pdf", [("title", "The Willows SARC - consent to share"), ("kv", [("URN", c["urn"]), ("Patient", "Rhiannon PRYCE"), ("Date", "25/01/2026")]),
          ("p", "I agree to the forensic medical examination, the taking of samples, and the release of my SARC records and the doctor's findings to Severn Vale Police and the CPS."),
          ("sig", "Signed: [signed]", "Witness: Dr A. BHATTACHARYA")], "MEDICAL")
    k.add("MG2 PRYCE.pdf", "pdf", mg2(c, "Rhiannon PRYCE (22)", [("Eligibility", "s.17(4) YJCEA"), ("Measures", "VRI (s.27), screens (s.23), s.28 pre-recorded cross-examination")],
          "She would like her cross-examination recorded in advance under s.28 and screens if she has to attend.", "25/01/2026", oic), "MG2")
    must_not = mm(ALL_CHARGING, ABE_TOPICS, "early_advice", "oic_contact", "victim_care", "mg6e", "one_urn")
    k.expected(0, [], must_not, extra_types=["CCTV"])


# ============================== faulty folders ===============================================

def W(name, occ, date, paras, sig="[signed]", **x):
    return dict(name=name, occ=occ, date=date, paras=paras, sig=sig, **x)


def abe_set(k, who, date, officer, exh, fname, summ_name, summ_fmt, rows, stmt_name, stmt_fmt, style, place, make_video_file=True):
    c = k.c
    if make_video_file:
        k.video(fname, ["VRI " + place, who, officer, "Exh " + exh], seconds=3)
    k.add(summ_name, summ_fmt, abe_summary(c, who, date, place, officer, "monitoring officer present", fname, exh, rows,
                                           "Summary by the interviewing officer."), "ABE_SUMMARY")
    k.w11(stmt_name, stmt_fmt, style, W(officer.split(" ", 2)[2] + ", " + " ".join(officer.split(" ")[:2]), "Detective constable", date.split(" ")[0], [
        "I am an ABE-trained detective. On %s I conducted a video-recorded interview with %s at %s." % (date, who, place),
        "I produce the recording as exhibit %s (file '%s')." % (exh, fname)]), "officer")


# ---------- 06: Brackenfield - phone downloaded without DPN, blanket requests (faulty) ----------

def case_brackenfield(out):
    k = Case(out, "Brackenfield_TANNOCK", "58LW0187326", "Marches Police", "VICKERY", 706)
    c = k.c
    oic = "DC 3390 Rob ELLACOTT"
    B = mg3_head(c) + [
        ("kv", [("URN", c["urn"]), ("Suspect", "VICKERY, Aaron (DOB 09/04/1995)"), ("Offences", "Rape (s.1); assault by penetration (s.2) - 31/01/2026"),
                ("Advice sought", "Full Code Test"), ("OIC", "DC 3390 Rob ELLACOTT, Brackenfield CID, 01632 960339, rob.ellacott@marches.police.example"),
                ("Supervisor", "DS 15 Mary QUAYLE, endorsed 10/03/2026"), ("Bail", "Pre-charge bail to 30/04/2026; condition not to contact Jess TANNOCK directly or indirectly")]),
        ("h", "Circumstances"),
        ("p", "Jess TANNOCK (26) knew the suspect from the Brackenfield leisure centre gym. On 31/01/2026 he walked her home from a pub and she "
              "let him in for a coffee. She says he digitally penetrated her and then raped her on the sofa while she told him to stop. "
              "When her flatmate came home at about 02:00, Jess told her what had happened; the flatmate has made a statement. Jess reported "
              "the next day. ABE interview 02/02/2026 (DC ELLACOTT)."),
        ("h", "Suspect's account"),
        ("p", "Consent. He says she kissed him first and asked him to stay."),
        ("h", "Lines of enquiry including those pointing away from the suspect"),
        ("p", "Pub CCTV (the Red Lion) viewed: they leave together at 23:40 holding hands; this may support the suspect and is on the MG6C. "
              "Taxi not used. The flatmate says the suspect left at about 01:50 and looked 'normal'; that is in her statement."),
        ("h", "Digital and third-party material"),
        ("p", "A full download of Jess's phone was carried out on 04/02/2026 by the Digital Forensic Unit (report attached). Jess gave verbal "
              "consent at the front counter."),
        ("p", "Further requests are being made for all of Jess's counselling records, GP and hospital records, school records and social "
              "services files, to check for anything relevant to her credibility, and her Instagram, Facebook and Snapchat accounts will "
              "be downloaded in full."),
        ("h", "Outstanding"),
        ("p", "Toxicology is not required. Third-party records requested 05/03/2026, target date for return 27/03/2026."),
        ("h", "Forensic / medical"),
        ("p", "SARC 01/02/2026: no injuries; swabs taken; SFR1 received 25/02/2026 - suspect's DNA on swab. Intercourse admitted. Jess signed "
              "consent for the SARC report to be released to police and CPS."),
        ("h", "Victim"),
        ("p", "MG2 attached (VRI, screens, s.28 wanted). She has an ISVA (Marches ISVA). No interpreter. VPS offered 02/02/2026 - she made one."),
        ("h", "Early advice"),
        ("p", "Not sought because the suspect admitted intercourse in interview and the case turns on consent.")]
    k.add("MG3 TANNOCK.pdf", "pdf", B, "MG3")
    abe_set(k, "Jess TANNOCK", "02/02/2026 10:00-10:44", "DC 3390 Rob ELLACOTT", "RE/1", "VRI TANNOCK 020226.mp4",
            "ABE summary TANNOCK.docx", "docx",
            [["00:00", "Introductions."], ["05:00", "Walked home from Red Lion; coffee."], ["12:00", "He put his hand in her underwear; she said stop."],
             ["19:30", "He had sex with her on the sofa; she said no and tried to get up."], ["31:00", "Told Ffion when she came in."], ["42:00", "Closing."]],
            "ELLACOTT RE1.pdf", "pdf", 0, "Brackenfield ABE suite")
    k.w11("GATEHOUSE F.docx", "docx", 1, W("Ffion GATEHOUSE", "Pharmacy technician", "01/02/2026", [
        "I share a flat with Jess TANNOCK. I got home at about 02:00 on 01/02/2026. A man I recognised from the gym was leaving at about 01:50 "
        "as I came up the road; he looked normal. Jess was on the sofa crying. She said 'Aaron forced himself on me, I told him to stop'."]), "first_account")
    k.w11("Doc3.docx", "docx", 2, W("Gemma PRICE-OWEN, PC 5120", "Police constable", "01/02/2026", [
        "At 11:15 on 01/02/2026 I attended the flat following a 101 report and was the first officer to speak to Jess TANNOCK. She said "
        "'a man from the gym raped me last night'. I recorded this in my notebook."]), "officer")
    k.w11("Red Lion barman.pdf", "pdf", 0, W("Declan FOYLE", "Bar manager", "05/02/2026", [
        "I manage the Red Lion, Brackenfield. I have given DC ELLACOTT a copy of our door camera for 23:30 to 23:50 on 31/01/2026, which I produce as exhibit DF/1 (file 'Red Lion door cam 2340.mp4'). I remember Jess and a man leaving together at closing."]), "witness")
    k.video("Red Lion door cam 2340.mp4", ["Red Lion door cam", "31/01/2026 23:40:05", "Exh DF/1"], type_="CCTV", seconds=3, tint=(35, 30, 30))
    k.add("DFU full extraction TANNOCK.pdf", "pdf", extract_report(c, "DFU/MR/26/0402", "iPhone 14 (Jess TANNOCK)", "Full file system extraction - all data, all dates",
          "Full extraction completed 04/02/2026: 41,220 messages, 18,300 images, browsing history, location history, notes, health data. Reviewed "
          "by keyword. Messages with suspect: 6 (gym timetable). Device retained pending review.", tool="Cellebrite Premium (full file system)"), "DIGITAL_EXTRACT")
    k.add("Records request Brackenfield Medical Practice.pdf", "pdf", [("title", "Request for records"),
          ("kv", [("To", "Practice Manager, Brackenfield Medical Practice"), ("From", oic), ("Date", "05/03/2026"), ("URN", c["urn"])]),
          ("p", "Please provide copies of all records you hold for Jessica TANNOCK from birth to date, including any counselling or mental "
                "health referrals, for a police investigation.")], "CORRESPONDENCE")
    std_pack(k, {
        "oic": oic, "date": "10/03/2026",
        "log": ("MR-20260201-0266", [["01/02/2026 10:50", "CH 77", "101: female reports rape by acquaintance at her flat overnight."], ["01/02/2026 11:15", "PC 5120", "With victim. First account."]]),
        "crime": ("58/2045/26", [("Offence", "Rape; assault by penetration"), ("Victim", "TANNOCK, Jess (26)"), ("Suspect", "VICKERY, Aaron")], "Acquaintance rape in victim's flat."),
        "pnc": [("VICKERY, Aaron", "09/04/1995", "13/0099221C", [])],
        "wpnc": [["TANNOCK, Jess", "Complainant", "No trace", "No trace"], ["GATEHOUSE, Ffion", "First account", "No trace", "No trace"], ["FOYLE, Declan", "Witness", "No trace", "Licensee"]],
        "mg6c": [["1", "Incident log MR-20260201-0266", "With file", "Yes"], ["2", "Crime report 58/2045/26", "With file", "Yes"],
                 ["3", "PC PRICE-OWEN notebook p.30 - first account 01/02/2026", "Brackenfield", "Copy with file"],
                 ["4", "Red Lion door camera 23:30-23:50 31/01/2026 - they leave holding hands (exhibited DF/1)", "With file", "Yes - may assist defence"],
                 ["5", "DFU full extraction report DFU/MR/26/0402", "With file", "Yes"], ["6", "Custody record VICKERY", "Custody", "No"]],
        "mg6d": [], "mg12": [["RE/1", "ABE recording J. TANNOCK", "DC ELLACOTT", "With file"], ["RE/2", "DFU report", "DC ELLACOTT", "With file"],
                             ["DF/1", "Red Lion door camera 23:30-23:50 31/01/2026 (Red Lion door cam 2340.mp4)", "D. FOYLE", "With file"]],
        "roti": [dict(file="ROTI VICKERY.pdf", who="Aaron VICKERY", date="03/02/2026", place="Brackenfield custody", times="13:00-13:40", officers=oic,
                      legal="Mr S. KHAN", lines=[["00:00", "DC ELLACOTT", "Caution."], ["02:00", "VICKERY", "She kissed me first and asked me to stay. We had sex. It was consensual."], ["38:00", "-", "Concluded."]])],
    })
    k.add("SFR1 TANNOCK.pdf", "pdf", sfr1(c, "Severnbank Forensics", "SBF/26/0871", "25/02/2026", "Dr M. TREGARTHEN", "Male DNA profile on HVS matches Aaron VICKERY."), "FORENSIC")
    k.add("MG2 TANNOCK.docx", "docx", mg2(c, "Jess TANNOCK (26)", [("Eligibility", "s.17(4)"), ("Measures", "VRI, screens, s.28 pre-recorded cross-examination")],
          "Wants s.28 and screens.", "02/02/2026", oic), "MG2")
    must_not = mm(without(ALL_CHARGING, "dig_dpn", "dig_prop", "digital_proportionality"), ABE_TOPICS, "oic_contact", "early_advice")
    k.expected(1, ["dig_dpn", "dig_prop"], must_not)


# ---------- 07: Op WESTERLEIGH - ABE recording missing, no witness PNC (faulty) ----------

def case_westerleigh(out):
    k = Case(out, "Op WESTERLEIGH", "63WV0342026", "Wyvern Constabulary", "DRAYCOTT", 707)
    c = k.c
    oic = "DC 4012 Daniel WEBB"
    B = mg3_head(c, "MG3 (Wyvern template 2025)") + [
        ("h", "Decision requested"), ("p", "Full Code Test - rape (s.1 SOA 2003), controlling or coercive behaviour (s.76 SCA 2015)."),
        ("h", "Contact"), ("p", "DC 4012 Daniel WEBB, 01632 960412, daniel.webb@wyvern.police.example. Supervisor DS 1184 GALLAGHER endorsed 12/03/2026."),
        ("kv", [("URN", c["urn"]), ("Suspect", "DRAYCOTT, Martin (DOB 17/01/1986)"), ("Complainant", "DRAYCOTT, Sophie (34)"),
                ("Custody/bail", "Pre-charge bail to 10/05/2026: not to contact Sophie DRAYCOTT except through solicitors about the children; not to enter Westerleigh Close")]),
        ("h", "Case summary"),
        ("p", "Sophie DRAYCOTT says her husband raped her on 06/02/2026 at the family home, 14 Westerleigh Close, after an argument, as part of "
              "a pattern of control. The next morning she rang her best friend, Hayley CORBETT, on a WhatsApp call and told her. She reported on "
              "08/02/2026. She was interviewed on video on 12/02/2026 by DC WEBB (exhibit DW/1); the summary and DC WEBB's statement are attached. "
              "PC 301 AMIN was the first officer to attend."),
        ("h", "Suspect's account"), ("p", "Interviewed 14/02/2026: denies any sex that night; says she is making it up to get the house in the divorce."),
        ("h", "Lines of enquiry - incl. those pointing away from the suspect"),
        ("p", "Divorce proceedings: the family court file and solicitors' correspondence were reviewed for anything about motive; the divorce "
              "petition (filed by Sophie 20/01/2026) is provided because it supports the suspect's suggestion of a motive. The couple's "
              "teenage son was at a friend's house and was not spoken to about the offence itself, to avoid involving him; he has been spoken "
              "to about household atmosphere only (note on MG6C). Her phone was not examined: she and her husband agree they did not message "
              "about that night."),
        ("h", "Outstanding"), ("p", "No forensic opportunity (report two days later, she had washed). No further enquiries are outstanding."),
        ("h", "Victim"),
        ("p", "MG2 attached: VRI, screens, live link; wants s.28. ISVA and IDVA referrals made 08/02/2026. No interpreter. VPS offered 12/02/2026 - will provide."),
        ("h", "Previous convictions"), ("p", "Suspect: no trace (PNC attached). PNC checks on the prosecution witnesses have not yet been completed and will follow."),
        ("h", "Early advice"), ("p", "Not sought: the complainant's account was complete within a week and the suspect had been interviewed.")]
    k.add("MG3 WESTERLEIGH.docx", "docx", B, "MG3")
    abe_set(k, "Sophie DRAYCOTT", "12/02/2026 11:00-11:58", "DC 4012 Daniel WEBB", "DW/1", "DW1 ABE DRAYCOTT.mp4",
            "DW1 ABE summary.pdf", "pdf",
            [["00:00", "Introductions."], ["06:00", "Years of control over money and friends."], ["22:00", "06/02 argument; he forced intercourse in bedroom."],
             ["40:00", "Rang Hayley next morning on WhatsApp call."], ["55:00", "Closing."]],
            "WEBB DW1 MG11.pdf", "pdf", 1, "Kedminster suite 1", make_video_file=False)
    k.w11("CORBETT Hayley.pdf", "pdf", 0, W("Hayley CORBETT", "Hairdresser", "09/02/2026", [
        "Sophie has been my best friend for twenty years. At about 09:00 on 07/02/2026 she rang me on WhatsApp. She was crying. She said "
        "'Martin forced me last night, I said no and he didn't stop'. I told her to go to the police."]), "first_account")
    k.w11("AMIN PC301.docx", "docx", 2, W("Sameer AMIN, PC 301", "Police constable", "08/02/2026", [
        "At 14:20 on 08/02/2026 I attended a report at a friend's address and was first to speak to Sophie DRAYCOTT, who said 'my husband raped me on Friday night'."]), "officer")
    k.w11("KERSHAW neighbour.pdf", "pdf", 1, W("Brian KERSHAW", "Postman", "10/02/2026", [
        "I live at 12 Westerleigh Close. At about 23:00 on 06/02/2026 I heard shouting from number 14 and a woman crying."]), "witness")
    std_pack(k, {
        "oic": oic, "date": "12/03/2026",
        "log": ("WV-20260208-0533", [["08/02/2026 13:55", "CH 2010", "Female reports rape by husband on 06/02; safe at friend's address."], ["08/02/2026 14:20", "PC 301", "With victim."]]),
        "crime": ("63/14120/26", [("Offence", "Rape; controlling/coercive behaviour"), ("Victim", "DRAYCOTT, Sophie"), ("Suspect", "DRAYCOTT, Martin")], "Domestic rape within a controlling relationship."),
        "pnc": [("DRAYCOTT, Martin", "17/01/1986", "04/0300112D", [])],
        "mg6c": [["1", "Incident log WV-20260208-0533", "With file", "Yes"], ["2", "Crime report 63/14120/26", "With file", "Yes"],
                 ["3", "PC AMIN notebook p.8 first account", "Kedminster", "Copy with file"],
                 ["4", "Divorce petition 20/01/2026 (suggested motive)", "With file", "Yes - may assist defence"],
                 ["5", "Note of conversation with son about household atmosphere, 16/02/2026", "RASSO office", "On request"],
                 ["6", "DASH risk assessment 08/02/2026", "Niche", "No"]],
        "mg6d": [["1", "IDVA referral and MARAC minutes, 12/02/2026", "Multi-agency confidentiality", "Does not meet test"]],
        "mg12": [["DW/1", "ABE recording S. DRAYCOTT 12/02/2026", "DC WEBB", "Property store"]],
        "roti": [dict(file="ROTI DRAYCOTT M.pdf", who="Martin DRAYCOTT", date="14/02/2026", place="Kedminster custody", times="10:00-10:50", officers=oic,
                      legal="Ms A. PROUD", lines=[["00:00", "DC WEBB", "Caution."], ["03:00", "DRAYCOTT", "We didn't have sex that night. She's making it up for the divorce."], ["48:00", "-", "Concluded."]])],
    })
    k.add("Divorce petition extract.pdf", "pdf", [("title", "Family Court - divorce application (extract)"), ("p", "Applicant: Sophie DRAYCOTT. Date filed 20/01/2026. [Financial details redacted].")], "OTHER")
    k.add("MG2 DRAYCOTT.docx", "docx", mg2(c, "Sophie DRAYCOTT (34)", [("Eligibility", "s.17(4)"), ("Measures", "VRI, screens, live link, s.28 pre-recorded cross-examination")],
          "Wants s.28 and the live link.", "12/02/2026", oic), "MG2")
    must_not = mm("mg3_present", "test_sought", "lines_of_enquiry", "suspect_account", "outstanding_dated", "abe_summary", "abe_exhibited",
                  "key_statements", "officer_statement", "signed", "suspect_interview", "previous_convictions", "mg6c", "mg6d",
                  "schedule_descriptions", "dig_dpn", "dig_prop", "exhibits", "forensic_medical", "special_measures", "files_readable",
                  "oic_contact", "early_advice", "victim_care", "one_urn")
    k.expected(1, ["abe_recording", "witness_convictions"], must_not)


# ---------- 08: file_0419 - sister's statement missing, no MG6D (faulty) ----------

def case_0419(out):
    k = Case(out, "file_0419", "71SV0419026", "Severn Vale Police", "MADDOX", 708)
    c = k.c
    oic = "DC 2277 Hannah OKORO"
    B = mg3_head(c, "MG3") + [
        ("kv", [("URN", c["urn"]), ("Suspect", "MADDOX, Kieran (DOB 05/05/2003)"), ("Offence", "Rape, 02/02/2026, Fenwick Hall of residence, Hembury"),
                ("Test", "Full Code Test"), ("OIC", "DC 2277 Hannah OKORO - 01632 960227 - hannah.okoro@severnvale.police.example"),
                ("Supervisor", "DS 640 PRIDDY, endorsed 09/03/2026"), ("Bail", "Released under investigation 04/02/2026 - he has moved out of the hall and the university has barred him from campus; no contact since")]),
        ("h", "Summary"),
        ("p", "Bethan MORGAN-HOLT (20) says a fellow student, Kieran MADDOX, came back to her room after a flat party and raped her at about "
              "02:30 on 02/02/2026. At 03:10 she phoned her sister, Carys MORGAN-HOLT, and told her. She reported to hall security at 08:00. "
              "She chose to give a written statement rather than a video-recorded interview; it was taken by DC OKORO on 03/02/2026."),
        ("p", "A statement from Carys has not yet been taken: she is working in Canada until April and will be seen when she returns."),
        ("h", "Suspect's account"), ("p", "Prepared statement: consensual sex; she invited him to her room. No comment otherwise."),
        ("h", "Lines of enquiry, including those capable of pointing away from the suspect"),
        ("p", "Other students at the flat party were spoken to; one says Bethan and Kieran left together 'arm in arm'; note provided. Hall door "
              "swipe records show both entering her corridor at 02:21 together. Her phone was not examined and no request for it will be "
              "made: the call to her sister is shown on the call log she showed the officer (photographed, on MG6C), and nothing else on "
              "her phone bears on the issue of consent."),
        ("h", "Outstanding"), ("p", "Statement of Carys MORGAN-HOLT - target date 17/04/2026. DNA result - received (SFR1 attached)."),
        ("h", "Victim"), ("p", "MG2 attached: screens; she does not want s.28. ISVA referral 02/02/2026. No interpreter. VPS offered 03/02/2026, declined."),
        ("h", "Early advice"), ("p", "Not sought: the suspect was interviewed within two days and the issue is consent only."),
        ("h", "Disclosure"), ("p", "MG6C attached. Incident log, crime report and hall security report attached.")]
    k.add("MG3 0419.odt", "odt", B, "MG3")
    k.w11("MORGAN-HOLT B statement.docx", "docx", 0, W("Bethan MORGAN-HOLT", "Student", "03/02/2026", [
        "I am a second-year student living in Fenwick Hall. On 01/02/2026 I went to a flat party on the floor above. Kieran MADDOX was there; I knew him from my course.",
        "At about 02:20 he walked back with me to my room. I said goodnight at the door; he pushed in. He kissed me and I said I just wanted to sleep.",
        "He pushed me onto the bed and had sex with me. I said 'no' and 'stop'. He left at about 02:50.",
        "At 03:10 I rang my sister Carys in Canada and told her what had happened. In the morning I went to hall security.",
        "I was told I could be interviewed on video; I chose to make this written statement instead."], witnessed=oic, split=3), "complainant")
    k.w11("Doc4.docx", "docx", 1, W("Ian PRESCOTT, PC 912", "Police constable", "02/02/2026", [
        "At 08:40 on 02/02/2026 I attended Fenwick Hall security office and was the first officer there. Bethan MORGAN-HOLT said 'a boy from my course raped me last night'."]), "officer")
    k.w11("BALOGUN security.pdf", "pdf", 2, W("Tunde BALOGUN", "Hall security officer", "02/02/2026", [
        "At 08:00 on 02/02/2026 Bethan came to the security office crying and said she had been raped. I called the police and made a note in the security log. I later provided door swipe records (TB/1)."]), "witness")
    std_pack(k, {
        "oic": oic, "date": "09/03/2026",
        "log": ("SV-20260202-0092", [["02/02/2026 08:05", "CH 200", "Hall security report student raped in her room overnight."], ["02/02/2026 08:40", "PC 912", "On scene."]]),
        "crime": ("71/2608/26", [("Offence", "Rape"), ("Victim", "MORGAN-HOLT, Bethan (20)"), ("Suspect", "MADDOX, Kieran")], "Student rape in hall of residence."),
        "pnc": [("MADDOX, Kieran", "05/05/2003", "21/0776110H", [])],
        "wpnc": [["MORGAN-HOLT, Bethan", "Complainant", "No trace", "No trace"], ["MORGAN-HOLT, Carys", "First account", "No trace", "No trace"], ["BALOGUN, Tunde", "Witness", "No trace", "No trace"]],
        "mg6c": [["1", "Incident log SV-20260202-0092", "With file", "Yes"], ["2", "Crime report 71/2608/26", "With file", "Yes"],
                 ["3", "Hall security log entry 08:00 02/02/2026 (first report to security)", "With file", "Yes"],
                 ["4", "Photograph of complainant's call log showing 03:10 call to sister (first complaint)", "With file", "Yes"],
                 ["5", "Note of conversation with student Jake TOWNSEND - saw them leave 'arm in arm', 05/02/2026", "With file", "Yes - may assist defence"],
                 ["6", "Custody record MADDOX 03/02/2026", "Custody", "No"]],
        "mg12": [["TB/1", "Door swipe records Fenwick Hall 01-02/02/2026", "T. BALOGUN", "With file"], ["SFR/1", "SFR1 DNA", "Lab", "With file"]],
        "roti": [dict(file="MG15 MADDOX.pdf", who="Kieran MADDOX", date="03/02/2026", place="Hembury custody", times="15:00-15:20", officers=oic, legal="Ms J. CARR",
                      lines=[["00:00", "DC OKORO", "Caution."], ["01:00", "Ms CARR", "Prepared statement: 'Bethan invited me into her room. We had consensual sex.'"], ["03:00", "MADDOX", "No comment thereafter."]], kind="SDN")],
    })
    k.add("Security log and swipe TB1.pdf", "pdf", [("title", "Fenwick Hall Security - log extract and swipe records (TB/1)"),
          ("table", ["Time", "Entry"], [["02/02/2026 02:21", "Swipe B-corridor: card MORGAN-HOLT B; card MADDOX K (tailgate)"], ["02/02/2026 08:00", "Student B.M-H reports rape in her room; police called"]], (25, 75))], "OTHER")
    render_photo(k.p("IMG_3310.jpg"), [("h", "Recents"), ("table", ["Contact", "Time"], [["Carys (mobile)  outgoing  14 min", "03:10"], ["Mum  missed", "Yesterday 19:02"]], (70, 30))], k.rng, head=None)
    k.note("IMG_3310.jpg", "OTHER")
    k.add("SFR1 MADDOX.pdf", "pdf", sfr1(c, "Severnbank Forensics", "SBF/26/0950", "27/02/2026", "Dr M. TREGARTHEN", "DNA matching Kieran MADDOX on HVS."), "FORENSIC")
    k.add("SARC MORGAN-HOLT.pdf", "pdf", sarc_report(c, "The Willows SARC", "Bethan MORGAN-HOLT", "02/02/2026 13:00", "No injuries. Swabs taken.",
          "Consent to release SARC records to police and CPS signed 02/02/2026.", "Dr K. JANSSEN"), "MEDICAL")
    k.add("MG2 MORGAN-HOLT.pdf", "pdf", mg2(c, "Bethan MORGAN-HOLT (20)", [("Eligibility", "s.17(4)"), ("Measures", "Screens"), ("s.28", "Explained; she does not want it")],
          "She wants screens only.", "03/02/2026", oic), "MG2")
    must_not = mm(without(ALL_CHARGING, "key_statements", "mg6d"), ABE_TOPICS, "oic_contact", "early_advice", "victim_care", "one_urn")
    k.expected(1, ["key_statements", "mg6d"], must_not)


# ---------- 09: NORTHGATE - unsigned MG11, undated outstanding, no special measures (faulty) ----------

def case_northgate(out):
    k = Case(out, "NORTHGATE RASSO 22", "58MR0222926", "Marches Police", "HEBDEN", 709)
    c = k.c
    oic = "DC 640 Liam TURNBULL"
    B = mg3_head(c, "MG 3") + [
        ("kv", [("URN", c["urn"]), ("Suspect", "HEBDEN, Ryan (DOB 11/11/1992)"), ("Offence", "Rape, 10/01/2026, in suspect's car, Northgate retail park, Ludworth"),
                ("Test sought", "Full Code Test"), ("OIC", "DC 640 Liam TURNBULL, 01632 960640, liam.turnbull@marches.police.example"),
                ("Supervisor", "DS 77 MARSH-EVANS, endorsed 11/03/2026"), ("Bail", "Pre-charge bail to 10/04/2026; not to contact Kirsty LANGDALE; not to enter Ashby Road")]),
        ("h", "Summary"),
        ("p", "Kirsty LANGDALE (45) met the suspect in the Bell, Ludworth. He offered her a lift home, drove to the Northgate retail park car "
              "park and raped her in the back of his car. She walked home and knocked on her neighbour's door at about 00:30; she told her "
              "neighbour, Mrs Pauline ASKEW, what had happened (statement attached). ABE interview 11/01/2026 (DC TURNBULL)."),
        ("h", "Suspect's account"), ("p", "Consensual sex in the car; she suggested stopping."),
        ("h", "Lines of enquiry, including any that point away from the suspect"),
        ("p", "The Bell's barman saw them leave together and says she was 'all over him'; that could assist the defence and is in his statement. "
              "Retail park CCTV does not cover the far car park (site manager's e-mail on MG6C). Her phone has not been examined: she walked "
              "home and made no calls or messages about it, and there is no line of enquiry that needs it."),
        ("h", "Outstanding evidence"),
        ("p", "Statement from the taxi firm's booking clerk about whether a taxi was requested - to follow."),
        ("p", "ANPR enquiries for the suspect's car - ongoing, no date yet."),
        ("h", "Forensic / medical"),
        ("p", "SARC 11/01/2026: swabs; SFR1 received 02/02/2026 (suspect's DNA). She signed consent to release the SARC record."),
        ("h", "Victim"),
        ("p", "Special measures: not yet discussed with Kirsty; will be considered if the case is charged. Needs: she has hearing loss in one ear "
              "and prefers face-to-face meetings; ISVA referral made 11/01/2026. VPS offered 11/01/2026; she wants to make one later."),
        ("h", "Early advice"), ("p", "Not sought - straightforward consent case.")]
    k.add("MG3 HEBDEN.pdf", "pdfserif", B, "MG3")
    abe_set(k, "Kirsty LANGDALE", "11/01/2026 15:00-15:40", "DC 640 Liam TURNBULL", "LT/1", "LT1 LANGDALE.mp4", "LT1 summary.docx", "docx",
            [["00:00", "Introductions."], ["04:00", "The Bell; lift offered."], ["11:00", "Car stopped at retail park; he climbed into back; she said no."], ["25:00", "Walked home; told Pauline next door."], ["38:00", "Closing."]],
            "TURNBULL LT1.docx", "docx", 2, "Ludworth ABE suite")
    k.w11("ASKEW Pauline.pdf", "pdf", 0, W("Pauline ASKEW", "Retired teacher", "11/01/2026", [
        "I live next door to Kirsty on Ashby Road. At about 00:30 on 11/01/2026 she knocked on my door, crying, with mud on her trousers. She said "
        "'a man from the pub gave me a lift and raped me in his car'. I took her in and she rang the police from my house."]), "first_account")
    k.w11("scan_0031.pdf", "scan", 1, W("Kerry BRAMALL, PC 1771", "Police constable", "11/01/2026", [
        "At 01:05 on 11/01/2026 I attended Ashby Road and was first on scene. Kirsty LANGDALE said 'he raped me in the car at Northgate'. I recorded her words."], sig=":"), "officer")
    # planted: no signature, no date
    k.w11("FLYNN Connor MG11.docx", "docx", 0, W("Connor FLYNN", "Barman", "", [
        "I work behind the bar at the Bell, Ludworth. On 10/01/2026 I saw a woman I now know as Kirsty and a man leave together at about 23:15. She "
        "was all over him and they were laughing. I did not see where they went."], sig="______________________", sigdate="__________"), "witness")
    std_pack(k, {
        "oic": oic, "date": "11/03/2026",
        "log": ("MR-20260111-0012", [["11/01/2026 00:48", "CH 12", "999 from female at neighbour's address: raped in car by man from pub."], ["11/01/2026 01:05", "PC 1771", "On scene."]]),
        "crime": ("58/0611/26", [("Offence", "Rape"), ("Victim", "LANGDALE, Kirsty (45)"), ("Suspect", "HEBDEN, Ryan")], "Stranger/acquaintance rape in car after lift from pub."),
        "pnc": [("HEBDEN, Ryan", "11/11/1992", "11/0662014B", [["19/06/2018", "Ludworth Magistrates", "Common assault", "Fine"]])],
        "wpnc": [["LANGDALE, Kirsty", "Complainant", "No trace", "No trace"], ["ASKEW, Pauline", "First account", "No trace", "No trace"], ["FLYNN, Connor", "Witness", "No trace", "No trace"]],
        "mg6c": [["1", "Incident log MR-20260111-0012", "With file", "Yes"], ["2", "Crime report 58/0611/26", "With file", "Yes"],
                 ["3", "PC BRAMALL notebook p.2 first account", "Ludworth", "Copy with file"], ["4", "E-mail from retail park site manager re CCTV coverage, 14/01/2026", "RASSO office", "No"],
                 ["5", "Custody record HEBDEN", "Custody", "No"]],
        "mg6d": [], "mg12": [["LT/1", "ABE recording K. LANGDALE", "DC TURNBULL", "With file"], ["SFR/1", "SFR1 DNA", "Lab", "With file"]],
        "roti": [dict(file="ROTI HEBDEN.pdf", who="Ryan HEBDEN", date="12/01/2026", place="Ludworth custody", times="11:00-11:35", officers=oic, legal="Mr D. ROWE",
                      lines=[["00:00", "DC TURNBULL", "Caution."], ["02:00", "HEBDEN", "She asked me to pull over. We had sex. She wanted it."], ["33:00", "-", "Concluded."]])],
    })
    k.add("SFR1 HEBDEN.pdf", "pdf", sfr1(c, "Severnbank Forensics", "SBF/26/0333", "02/02/2026", "Dr M. TREGARTHEN", "DNA matching Ryan HEBDEN on HVS."), "FORENSIC")
    k.add("SARC LANGDALE consent.pdf", "pdf", sarc_report(c, "The Willows SARC", "Kirsty LANGDALE", "11/01/2026 09:00", "Grazes to both knees. Swabs taken.",
          "Signed consent to release SARC record and findings to police and CPS, 11/01/2026.", "Dr V. SOLANKI"), "MEDICAL")
    must_not = mm(without(ALL_CHARGING, "signed", "outstanding_dated", "special_measures"), ABE_TOPICS, "oic_contact", "early_advice", "one_urn")
    k.expected(1, ["signed", "outstanding_dated", "special_measures"], must_not)


# ---------- 10: HARTSIDE - no lines pointing away, vague MG6C (faulty) ----------

def case_hartside(out):
    k = Case(out, "HARTSIDE_MG3_v2", "63KD0277526", "Wyvern Constabulary", "TEMPLE", 710)
    c = k.c
    oic = "DC 2508 Joanne BIRCH"
    B = [("small", "MG3  " + OSENS), ("title", "Report to Crown Prosecutor - Charging Decision"),
         ("kv", [("URN", c["urn"]), ("Suspect", "TEMPLE, Marcus (DOB 01/03/1994)"), ("Offence", "Rape, 20/01/2026, 9 Hartside Road, Kedminster"),
                 ("Decision", "Full Code Test"), ("OIC", "DC 2508 Joanne BIRCH, 01632 960258, joanne.birch@wyvern.police.example"),
                 ("Supervisor", "DS 2041 VINE, endorsed 10/03/2026"), ("Bail", "Pre-charge bail to 20/04/2026; not to contact Danielle ROWE")]),
        ("h", "Summary of evidence"),
        ("p", "Danielle ROWE (27) went to her ex-partner's flat on 20/01/2026 to collect belongings. She says he raped her in the bedroom. At 08:05 "
              "the next morning she texted a colleague at work, Ellie BRANDON: 'can't come in, something happened with Marcus last night, he "
              "wouldn't stop'. She reported on 21/01/2026. ABE 22/01/2026 (DC BIRCH, JB/1)."),
        ("h", "Suspect's account"),
        ("p", "He says they got back together that evening, the sex was consensual, and she sent him loving messages afterwards."),
        ("h", "Enquiries completed"),
        ("p", "ABE interview; SARC examination; statement from the first-account witness; statement from the first attending officer; suspect "
              "interview; house-to-house (the downstairs neighbour heard raised voices at about 22:00, statement attached); DNA (SFR1 attached)."),
        ("h", "Further enquiries"), ("p", "None. No further enquiries are outstanding."),
        ("h", "Medical"), ("p", "SARC 21/01/2026 - bruise to left forearm. Consent to release signed 21/01/2026."),
        ("h", "Victim care"), ("p", "MG2 attached (VRI, live link, s.28 wanted). ISVA referred 21/01/2026. No interpreter. VPS offered 22/01/2026 and made."),
        ("h", "Early advice"), ("p", "Early advice was not sought because the file was complete within six weeks.")]
    k.add("HARTSIDE_MG3_v2.docx", "docx", B, "MG3")
    abe_set(k, "Danielle ROWE", "22/01/2026 10:30-11:15", "DC 2508 Joanne BIRCH", "JB/1", "JB1 ROWE ABE.mp4", "ABE summary ROWE.rtf", "rtf",
            [["00:00", "Introductions."], ["05:00", "Went to collect belongings."], ["14:00", "He pushed her onto the bed; she said no; intercourse."], ["30:00", "Text to Ellie next morning."], ["43:00", "Closing."]],
            "BIRCH JB1.pdf", "pdf", 0, "Kedminster suite 2")
    k.w11("BRANDON E.odt", "odt", 1, W("Ellie BRANDON", "Office administrator", "23/01/2026", [
        "I work with Danielle ROWE. At 08:05 on 21/01/2026 she texted me: 'can't come in, something happened with Marcus last night, he wouldn't stop'. I rang her and she was crying."]), "first_account")
    k.w11("PC NASH.pdf", "pdf", 2, W("Oliver NASH, PC 3364", "Police constable", "21/01/2026", [
        "At 10:10 on 21/01/2026 I attended Danielle ROWE's address and was the first officer there. She said 'my ex raped me last night when I went to get my stuff'."]), "officer")
    k.w11("SHAW downstairs.docx", "docx", 0, W("Beverley SHAW", "Care worker", "24/01/2026", [
        "I live in the flat below 9 Hartside Road. At about 22:00 on 20/01/2026 I heard a man and a woman's raised voices upstairs for a few minutes."]), "witness")
    std_pack(k, {
        "oic": oic, "date": "10/03/2026",
        "log": ("WV-20260121-0301", [["21/01/2026 09:40", "CH 2290", "101: female reports rape by ex-partner last night."], ["21/01/2026 10:10", "PC 3364", "With victim."]]),
        "crime": ("63/12900/26", [("Offence", "Rape"), ("Victim", "ROWE, Danielle (27)"), ("Suspect", "TEMPLE, Marcus")], "Ex-partner rape."),
        "pnc": [("TEMPLE, Marcus", "01/03/1994", "12/0551200T", [])],
        "wpnc": [["ROWE, Danielle", "Complainant", "No trace", "No trace"], ["BRANDON, Ellie", "First account", "No trace", "No trace"], ["SHAW, Beverley", "Witness", "No trace", "No trace"]],
        "mg6c": [["1", "Incident log", "With file", "Yes"], ["2", "Crime report", "With file", "Yes"], ["3", "Misc notes", "Office", ""],
                 ["4", "Various emails", "Office", ""], ["5", "Officer paperwork", "Office", ""], ["6", "Statements (various)", "Office", ""], ["7", "Phone stuff", "DFU", ""]],
        "name_mg6c": "MG6C.docx", "fmt_mg6c": "docx",
        "mg6d": [], "mg12": [["JB/1", "ABE recording D. ROWE", "DC BIRCH", "With file"], ["SFR/1", "SFR1", "Lab", "With file"]],
        "roti": [dict(file="ROTI TEMPLE.pdf", who="Marcus TEMPLE", date="23/01/2026", place="Kedminster custody", times="14:00-14:40", officers=oic, legal="Mr F. AHMED",
                      lines=[["00:00", "DC BIRCH", "Caution."], ["02:00", "TEMPLE", "We got back together. It was consensual. She sent me loving messages after."], ["38:00", "-", "Concluded."]])],
    })
    k.add("SFR1 TEMPLE.pdf", "pdf", sfr1(c, "Severnbank Forensics", "SBF/26/0640", "18/02/2026", "Dr M. TREGARTHEN", "DNA matching Marcus TEMPLE on HVS."), "FORENSIC")
    k.add("SARC ROWE.pdf", "pdf", sarc_report(c, "Beacon House SARC", "Danielle ROWE", "21/01/2026 14:00", "Bruise 3 cm left forearm. Swabs taken.",
          "Consent to release signed 21/01/2026.", "Dr S. QUINLAN"), "MEDICAL")
    k.add("MG2 ROWE.pdf", "pdf", mg2(c, "Danielle ROWE (27)", [("Eligibility", "s.17(4)"), ("Measures", "VRI, live link, s.28")], "Wants s.28 and live link.", "22/01/2026", oic), "MG2")
    must_not = mm(without(ALL_CHARGING, "lines_of_enquiry", "schedule_descriptions"), ABE_TOPICS, "oic_contact", "early_advice", "victim_care", "one_urn")
    k.expected(1, ["lines_of_enquiry", "schedule_descriptions"], must_not)


# ============================== main ==========================================================

def main():
    if len(sys.argv) != 2:
        print("usage: make_batch.py OUTDIR", file=sys.stderr)
        return 2
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    random.seed(7)
    for fn in (case_hollybank, case_renwick, case_scanbatch, case_threshold, case_kelso,
               case_brackenfield, case_westerleigh, case_0419, case_northgate, case_hartside):
        fn(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
