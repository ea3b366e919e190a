#!/usr/bin/env python3
"""batch19: synthetic RASSO case folders for blind testing. Deterministic.
Usage: python make_batch.py OUTDIR"""
import sys, os, io, json, math, random, zipfile, datetime, textwrap, shutil
from fpdf import FPDF
from fpdf.enums import XPos, YPos
import docx
from docx.shared import Pt
from PIL import Image, ImageDraw, ImageFont
import numpy as np
import av

random.seed(19)
FIXED = datetime.datetime(2026, 10, 21, 9, 30, 0, tzinfo=datetime.timezone.utc)
FD = "/usr/share/fonts/truetype/dejavu/"
ZIPDATE = (2026, 10, 21, 9, 30, 0)

# ---------------------------------------------------------------- blocks
# ('title',t) ('h',t) ('p',t) ('kv',[(l,v)]) ('above',[(l,v)]) ('table',hdr,rows,widths)
# ('check',[(bool,label)],style) ('pb',) ('small',t)

def box(b, style):
    if style == "u":
        return "\u2612" if b else "\u2610"
    return "[X]" if b else "[ ]"


class PDF(FPDF):
    def __init__(self, head=None, foot=None, serif=False):
        super().__init__(format="A4")
        self.head, self.foot = head, foot
        fam = "DejaVuSerif" if serif else "DejaVuSans"
        self.add_font("F", "", FD + fam + ".ttf")
        self.add_font("F", "B", FD + fam + "-Bold.ttf")
        self.add_font("M", "", FD + "DejaVuSansMono.ttf")
        self.set_auto_page_break(True, 22)
        self.creation_date = FIXED
        self.set_creator("ATLAS/ORBIT export")
        self.alias_nb_pages()

    def header(self):
        if self.head:
            self.set_font("F", "", 7.5)
            for line in self.head.split("\n"):
                self.cell(0, 4, line.replace("{n}", str(self.page_no())), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
            self.ln(4)

    def footer(self):
        if self.foot:
            self.set_y(-16)
            self.set_font("F", "", 7.5)
            for line in self.foot.split("\n"):
                self.cell(0, 4, line.replace("{n}", str(self.page_no())), align="C",
                          new_x=XPos.LMARGIN, new_y=YPos.NEXT)


def write_pdf(path, blocks, head=None, foot=None, serif=False, size=10):
    p = PDF(head, foot, serif)
    p.add_page()
    W = p.w - p.l_margin - p.r_margin
    for b in blocks:
        k = b[0]
        if k == "title":
            p.set_font("F", "B", size + 4); p.multi_cell(W, 7, b[1], align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT); p.ln(2)
        elif k == "h":
            p.ln(1); p.set_font("F", "B", size + 1); p.multi_cell(W, 6, b[1], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        elif k == "p":
            p.set_font("F", "", size); p.multi_cell(W, 5, b[1], new_x=XPos.LMARGIN, new_y=YPos.NEXT); p.ln(1.5)
        elif k == "small":
            p.set_font("F", "", size - 2); p.multi_cell(W, 4, b[1], new_x=XPos.LMARGIN, new_y=YPos.NEXT); p.ln(1)
        elif k == "mono":
            p.set_font("M", "", size - 1.5); p.multi_cell(W, 4.2, b[1], new_x=XPos.LMARGIN, new_y=YPos.NEXT); p.ln(1)
        elif k == "kv":
            p.set_font("F", "", size)
            with p.table(col_widths=(35, 65), text_align="LEFT", first_row_as_headings=False,
                         line_height=5) as t:
                for l, v in b[1]:
                    r = t.row(); r.cell(l); r.cell(v)
            p.ln(2)
        elif k == "above":
            for l, v in b[1]:
                p.set_font("F", "B", size - 2); p.cell(W, 4, l, border="LTR", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
                p.set_font("F", "", size); p.multi_cell(W, 5, v or " ", border="LBR", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            p.ln(2)
        elif k == "table":
            hdr, rows, widths = b[1], b[2], b[3]
            p.set_font("F", "", size - 1)
            with p.table(col_widths=widths, text_align="LEFT", line_height=4.6, repeat_headings=1) as t:
                r = t.row()
                for h in hdr: r.cell(h)
                for row in rows:
                    r = t.row()
                    for c in row: r.cell(str(c))
            p.ln(2)
        elif k == "check":
            p.set_font("F", "", size)
            for v, l in b[1]:
                p.multi_cell(W, 5, box(v, b[2]) + "  " + l, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            p.ln(1)
        elif k == "pb":
            p.add_page()
    p.output(path)


def write_docx(path, blocks, head=None, foot=None):
    d = docx.Document()
    st = d.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(10)
    sec = d.sections[0]
    if head:
        sec.header.paragraphs[0].text = head.replace("{n}", "").replace(" of {nb}", "")
    if foot:
        sec.footer.paragraphs[0].text = foot.replace("{n}", "").replace(" of {nb}", "")
    for b in blocks:
        k = b[0]
        if k == "title":
            d.add_heading(b[1], level=1)
        elif k == "h":
            d.add_heading(b[1], level=2)
        elif k in ("p", "small", "mono"):
            d.add_paragraph(b[1])
        elif k == "kv":
            t = d.add_table(rows=0, cols=2); t.style = "Table Grid"
            for l, v in b[1]:
                c = t.add_row().cells; c[0].text = l; c[1].text = v
            d.add_paragraph("")
        elif k == "above":
            t = d.add_table(rows=0, cols=1); t.style = "Table Grid"
            for l, v in b[1]:
                c = t.add_row().cells[0]
                c.paragraphs[0].add_run(l).bold = True
                c.add_paragraph(v)
            d.add_paragraph("")
        elif k == "table":
            hdr, rows = b[1], b[2]
            t = d.add_table(rows=1, cols=len(hdr)); t.style = "Table Grid"
            for i, h in enumerate(hdr):
                t.rows[0].cells[i].text = h
            for row in rows:
                c = t.add_row().cells
                for i, v in enumerate(row): c[i].text = str(v)
            d.add_paragraph("")
        elif k == "check":
            for v, l in b[1]:
                d.add_paragraph(box(v, b[2]) + "  " + l)
        elif k == "pb":
            d.add_page_break()
    cp = d.core_properties
    cp.created = FIXED.replace(tzinfo=None); cp.modified = FIXED.replace(tzinfo=None)
    cp.last_printed = FIXED.replace(tzinfo=None); cp.author = "user"; cp.last_modified_by = "user"
    cp.revision = 3
    d.save(path)
    fix_zip(path)


def fix_zip(path, first=None):
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    if first:
        items.sort(key=lambda x: x[0] != first)
    with zipfile.ZipFile(path, "w") as z:
        for n, data in items:
            zi = zipfile.ZipInfo(n, ZIPDATE)
            zi.compress_type = zipfile.ZIP_STORED if n == "mimetype" else zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def flat_lines(blocks, width=92):
    out = []
    for b in blocks:
        k = b[0]
        if k in ("title", "h"):
            out.append(""); out.append(b[1].upper() if k == "title" else b[1])
        elif k in ("p", "small", "mono"):
            for para in b[1].split("\n"):
                out.extend(textwrap.wrap(para, width) or [""])
            out.append("")
        elif k in ("kv", "above"):
            for l, v in b[1]:
                out.extend(textwrap.wrap(f"{l}: {v}", width))
            out.append("")
        elif k == "table":
            out.append(" | ".join(b[1]))
            for row in b[2]:
                out.extend(textwrap.wrap(" | ".join(str(c) for c in row), width))
            out.append("")
        elif k == "check":
            for v, l in b[1]:
                out.append(box(v, b[2]) + " " + l)
        elif k == "pb":
            out.append("\f")
    return out


def rtf_esc(s):
    o = []
    for ch in s:
        c = ord(ch)
        if ch in "\\{}":
            o.append("\\" + ch)
        elif c > 127:
            o.append("\\u%d?" % (c if c < 32768 else c - 65536))
        else:
            o.append(ch)
    return "".join(o)


def write_rtf(path, blocks, head=None):
    out = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\fswiss Arial;}{\f1\fmodern Courier New;}}",
           r"{\info{\author OIC}{\creatim\yr2026\mo10\dy21\hr9\min30}}", r"\paperw11906\paperh16838\margl1134\margr1134 \f0\fs20 "]
    if head:
        out.append(r"{\header\pard\qc\fs16 " + rtf_esc(head) + r"\par}")
    for b in blocks:
        k = b[0]
        if k == "title":
            out.append(r"\pard\qc\b\fs28 " + rtf_esc(b[1]) + r"\b0\fs20\par")
        elif k == "h":
            out.append(r"\pard\sb120\b " + rtf_esc(b[1]) + r"\b0\par")
        elif k in ("p", "small", "mono"):
            for para in b[1].split("\n"):
                out.append(r"\pard " + rtf_esc(para) + r"\par")
        elif k in ("kv", "above"):
            for l, v in b[1]:
                out.append(r"\pard\b " + rtf_esc(l) + r":\b0  " + rtf_esc(v) + r"\par")
        elif k == "table":
            for row in [b[1]] + list(b[2]):
                out.append(r"\trowd\trgaph60" + "".join(r"\cellx%d" % (1800 * (i + 1)) for i in range(len(row))))
                out.append("".join(r"\pard\intbl " + rtf_esc(str(c)) + r"\cell" for c in row) + r"\row")
        elif k == "check":
            for v, l in b[1]:
                out.append(r"\pard " + rtf_esc(box(v, b[2]) + "  " + l) + r"\par")
        elif k == "pb":
            out.append(r"\page")
    out.append("}")
    with open(path, "w", encoding="ascii") as f:
        f.write("\n".join(out))


def xml_esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def write_odt(path, blocks):
    body = []
    for b in blocks:
        k = b[0]
        if k == "title":
            body.append('<text:h text:outline-level="1">%s</text:h>' % xml_esc(b[1]))
        elif k == "h":
            body.append('<text:h text:outline-level="2">%s</text:h>' % xml_esc(b[1]))
        elif k in ("p", "small", "mono"):
            for para in b[1].split("\n"):
                body.append("<text:p>%s</text:p>" % xml_esc(para))
        elif k in ("kv", "above", "table"):
            rows = [list(r) for r in b[1]] if k != "table" else [b[1]] + [list(r) for r in b[2]]
            n = max(len(r) for r in rows)
            t = ['<table:table table:name="T%d"><table:table-column table:number-columns-repeated="%d"/>' % (len(body), n)]
            for r in rows:
                t.append("<table:table-row>" + "".join(
                    '<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % xml_esc(str(c))
                    for c in r) + "</table:table-row>")
            t.append("</table:table>")
            body.append("".join(t))
        elif k == "check":
            for v, l in b[1]:
                body.append("<text:p>%s</text:p>" % xml_esc(box(v, b[2]) + "  " + l))
        elif k == "pb":
            body.append("<text:p/>")
    ns = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/" '
          'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"')
    content = ('<?xml version="1.0" encoding="UTF-8"?><office:document-content %s office:version="1.2">'
               '<office:body><office:text>%s</office:text></office:body></office:document-content>' % (ns, "".join(body)))
    meta = ('<?xml version="1.0" encoding="UTF-8"?><office:document-meta %s office:version="1.2"><office:meta>'
            '<meta:creation-date>2026-10-21T09:30:00</meta:creation-date><dc:creator>DC</dc:creator>'
            '</office:meta></office:document-meta>' % ns)
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest %s manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>' % ns)
    with zipfile.ZipFile(path, "w") as z:
        for n, data in [("mimetype", "application/vnd.oasis.opendocument.text"), ("content.xml", content),
                        ("meta.xml", meta), ("META-INF/manifest.xml", manifest)]:
            zi = zipfile.ZipInfo(n, ZIPDATE)
            zi.compress_type = zipfile.ZIP_STORED if n == "mimetype" else zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def page_images(blocks, dpi=200, head=None):
    W, H = int(8.27 * dpi), int(11.69 * dpi)
    fs = int(dpi * 0.135)
    font = ImageFont.truetype(FD + "DejaVuSerif.ttf", fs)
    bold = ImageFont.truetype(FD + "DejaVuSerif-Bold.ttf", fs)
    lines = flat_lines(blocks, 80)
    pages, cur = [], []
    per = int((H - 2.2 * dpi) / (fs * 1.45))
    for l in lines:
        if l == "\f" or len(cur) >= per:
            pages.append(cur); cur = []
            if l == "\f":
                continue
        cur.append(l)
    if cur:
        pages.append(cur)
    imgs = []
    rng = random.Random(len(lines))
    for i, pl in enumerate(pages):
        im = Image.new("L", (W, H), 248)
        dr = ImageDraw.Draw(im)
        y = int(0.7 * dpi)
        if head:
            dr.text((int(0.8 * dpi), int(0.35 * dpi)), head.replace("{n}", str(i + 1)).replace("{nb}", str(len(pages))),
                    font=font, fill=40)
        for l in pl:
            dr.text((int(0.8 * dpi), y), l, font=bold if l.isupper() and len(l) > 3 else font, fill=25)
            y += int(fs * 1.45)
        # speckle
        arr = np.array(im)
        noise = np.array([rng.random() for _ in range(2000)])
        for j in range(0, 2000, 2):
            arr[int(noise[j] * (H - 1)), int(noise[j + 1] * (W - 1))] = 120
        imgs.append(Image.fromarray(arr))
    return imgs


def write_scan_pdf(path, blocks, head=None):
    imgs = page_images(blocks, 200, head)
    p = FPDF(format="A4"); p.creation_date = FIXED; p.set_creator("Scanner MFP-4410")
    for im in imgs:
        p.add_page()
        buf = io.BytesIO(); im.save(buf, "PNG", optimize=True); buf.seek(0)
        p.image(buf, x=0, y=0, w=210, h=297)
    p.output(path)


def write_photo(path, blocks, angle=2.0, head=None):
    im = page_images(blocks, 150, head)[0].convert("RGB")
    W, H = im.size
    bg = Image.new("RGB", (W + 200, H + 200), (92, 74, 58))
    bg.paste(im, (100, 100))
    bg = bg.rotate(angle, resample=Image.BICUBIC, fillcolor=(92, 74, 58))
    # uneven light
    g = np.linspace(1.0, 0.82, bg.size[0])[None, :, None]
    arr = (np.array(bg).astype(float) * g).clip(0, 255).astype("uint8")
    Image.fromarray(arr).save(path, "JPEG", quality=82)


def write_video(path, seconds=3, label="ABE", size=(320, 240), audio=True, tint=(40, 60, 90)):
    font = ImageFont.truetype(FD + "DejaVuSansMono.ttf", 12)
    c = av.open(path, "w", format="mp4")
    v = c.add_stream("mpeg4", rate=10)
    v.width, v.height = size; v.pix_fmt = "yuv420p"; v.bit_rate = 200000
    v.codec_context.thread_count = 1
    a = None
    if audio:
        a = c.add_stream("aac", rate=16000)
        a.codec_context.thread_count = 1
    for i in range(seconds * 10):
        im = Image.new("RGB", size, tint)
        d = ImageDraw.Draw(im)
        d.rectangle([60 + (i % 20) * 3, 80, 140 + (i % 20) * 3, 200], fill=(150, 130, 110))
        d.rectangle([200, 100, 280, 200], fill=(120, 120, 140))
        d.text((6, 6), label, font=font, fill=(255, 255, 255))
        d.text((6, size[1] - 18), "00:00:%02d.%d" % (i // 10, i % 10), font=font, fill=(255, 255, 0))
        fr = av.VideoFrame.from_image(im)
        for pk in v.encode(fr):
            c.mux(pk)
    for pk in v.encode():
        c.mux(pk)
    if a:
        sr = 16000; n = 1024
        t0 = 0
        while t0 < seconds * sr:
            t = (np.arange(n) + t0) / sr
            s = (0.05 * np.sin(2 * np.pi * 180 * t) * (np.sin(2 * np.pi * 2 * t) > 0)).astype("float32")
            fr = av.AudioFrame.from_ndarray(s[None, :], format="fltp", layout="mono")
            fr.sample_rate = sr; fr.pts = t0
            for pk in a.encode(fr):
                c.mux(pk)
            t0 += n
        for pk in a.encode():
            c.mux(pk)
    c.close()


def write_audio(path, seconds=4):
    c = av.open(path, "w", format="mp3")
    a = c.add_stream("libmp3lame", rate=22050)
    sr = 22050; n = 1152; t0 = 0
    while t0 < seconds * sr:
        t = (np.arange(n) + t0) / sr
        s = (0.1 * np.sin(2 * np.pi * 300 * t) * (np.sin(2 * np.pi * 1.3 * t) > 0.2)).astype("float32")
        fr = av.AudioFrame.from_ndarray(s[None, :], format="fltp", layout="mono")
        fr.sample_rate = sr; fr.pts = t0
        for pk in a.encode(fr):
            c.mux(pk)
        t0 += n
    for pk in a.encode():
        c.mux(pk)
    c.close()


def write_text(path, s):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(s)


def emit(folder, name, fmt, blocks=None, **kw):
    path = os.path.join(folder, name)
    if fmt == "pdf":
        write_pdf(path, blocks, **kw)
    elif fmt == "docx":
        write_docx(path, blocks, **kw)
    elif fmt == "rtf":
        write_rtf(path, blocks, **kw)
    elif fmt == "odt":
        write_odt(path, blocks)
    elif fmt == "scan":
        write_scan_pdf(path, blocks, **kw)
    elif fmt == "jpg":
        write_photo(path, blocks, **kw)
    elif fmt == "video":
        write_video(path, **kw)
    elif fmt == "audio":
        write_audio(path, **kw)
    elif fmt == "txt":
        write_text(path, blocks)


# ---------------------------------------------------------------- MG11 builders
DECL = ("This statement (consisting of {pp} page(s) each signed by me) is true to the best of my knowledge "
        "and belief and I make it knowing that, if it is tendered in evidence, I shall be liable to prosecution "
        "if I have wilfully stated in it anything which I know to be false, or do not believe to be true.")


def mg11(urn, name, age, occ, date, body, sig="Signature: [signed]", style="A", pp="2", extra_head=None,
         witnessed=None):
    """Return blocks for an MG11 in one of several layouts."""
    b = []
    if style == "A":   # national form, boxes first
        b += [("small", "RESTRICTED (when complete)                                                MG 11"),
              ("title", "WITNESS STATEMENT"),
              ("small", "Criminal Procedure Rules, r 16.2; Criminal Justice Act 1967, s. 9; Magistrates' Courts Act 1980, s.5B"),
              ("kv", [("URN", urn), ("Statement of", name), ("Age if under 18", age), ("Occupation", occ)]),
              ("p", DECL.format(pp=pp)), ("p", f"{sig}        Date: {date}"),
              ("small", "Tick if witness evidence is visually recorded  [ ]  (supply witness details on rear)")]
        b += [("p", x) for x in body]
        b += [("p", f"{sig}        Signature witnessed by: {witnessed or 'n/a'}")]
    elif style == "B":  # force RMS print, declaration at end
        b += [("h", "Statement of Witness (s.9 CJA 1967)")]
        b += [("above", [("Unique Reference Number", urn), ("Name of witness (SURNAME, Forename)", name),
                         ("Age", age), ("Occupation / rank and number", occ)])]
        b += [("p", x) for x in body]
        b += [("p", DECL.format(pp=pp)), ("p", f"{sig}     Dated: {date}")]
    elif style == "C":  # typed copy
        b += [("p", "TYPED COPY OF SIGNED ORIGINAL - original held by OIC"),
              ("title", "MG11 - Witness Statement"),
              ("p", f"URN: {urn}    Witness: {name}    Age: {age}    Occupation: {occ}"),
              ("p", DECL.format(pp=pp)), ("p", f"(Sgd) {name}     {date}")]
        b += [("p", x) for x in body]
        b += [("p", f"(Sgd) {name}")]
    return b


def expected(outdir, case, exit_, present, must_fail, must_not_fail, docs, stage="charging"):
    d = {"case": case, "stage": stage, "exit": exit_, "present_types": present,
         "must_fail": must_fail, "must_not_fail": must_not_fail, "docs": docs}
    with open(os.path.join(outdir, case + ".expected.json"), "w") as f:
        json.dump(d, f, indent=1)


# ================================================================ CASE 01
def case01(out):
    """Child complainant, ABE with registered intermediary, mother first account. Compliant."""
    name = "Wessmoor_ATLAS_CR26-018834"
    F = os.path.join(out, name); os.makedirs(F)
    URN = "61WM0418826"
    H = "ATLAS Case Manager  |  WESSMOOR POLICE  |  Crime ref CR/26/018834  |  URN " + URN
    FT = "OFFICIAL-SENSITIVE (when complete)   ATLAS print  p.{n}/{nb}"
    mg3 = [
        ("p", "WESSMOOR POLICE - Public Protection Unit, Larkspur House"),
        ("title", "MG3  Report to Crown Prosecutor for Charging Decision"),
        ("kv", [("URN", URN), ("Suspect", "CRANSTON, Dean Anthony (dob 11/03/1992)"),
                ("Complainant", "ORCHARD, Lily-Mae (aged 8)"),
                ("Offences", "Sexual assault of a child under 13, s.7 Sexual Offences Act 2003 (x2), between 01/07/2026 and 29/07/2026"),
                ("Decision sought", "Full Code Test - the file is complete and a full code decision is requested"),
                ("OIC", "DC 5530 Priya NANDA, tel 01632 960418, priya.nanda@wessmoor.police.example"),
                ("Custody / bail", "Pre-charge bail to 04/11/2026. Conditions: not to contact Lily-Mae or Gemma ORCHARD directly or indirectly; not to enter Thornbury Close, Wessmoor; to reside at 9 Fallow Road, Wessmoor.")]),
        ("h", "Summary of the case"),
        ("p", "Lily-Mae is eight. Her mother, Gemma ORCHARD, has been in an on-off relationship with the suspect since late 2025. He does not live with them but through July 2026 he looked after Lily-Mae two or three evenings a week while Ms ORCHARD worked late shifts at the Fallowfield care home. On the evening of 30/07/26, at bath time, Lily-Mae asked her mother whether Dean was 'allowed to do the tickling game under my pants'. Her mother stayed calm, asked her only what she meant, and Lily-Mae said that Dean puts his hand inside her knickers and touches her 'front bottom' when they watch films on the sofa and that he told her it was their secret game. Ms ORCHARD called 999 at 21:12 the same night."),
        ("p", "PC 2219 ABERNETHY attended at 21:40, took a brief account from Ms ORCHARD only (Lily-Mae was asleep and was not spoken to, correctly), and recorded it on BWV (exhibit TA/1, clip attached, produced in his statement). The BWV captures only the mother's account and the front room. The 999 call (exhibit PN/3) is also attached."),
        ("p", "Lily-Mae was interviewed under ABE on 02/08/2026 at the Larkspur Suite by DC NANDA, with Registered Intermediary Ruth FENWICK present (assessment 01/08/2026). She describes two occasions clearly: the evening of the 'dinosaur film' and the 'night the power went off' (the storm of 24/07/26, which is verifiable), each time on the sofa, each time his hand inside her pyjama bottoms touching her vagina (her word is 'front bottom'), and she says he told her it was a secret game. She is consistent with what she said to her mother and gives peripheral detail (the blanket with stars, the torch he used when the power was off) that Ms ORCHARD confirms."),
        ("h", "The suspect's account"),
        ("p", "Interviewed on 05/08/2026 with a solicitor. He denied any touching. He accepts babysitting on the dates and watching films on the sofa with her. He says Lily-Mae 'gets ideas' from her older cousin and that Gemma is trying to end the relationship and has put the words into her daughter's head. He raised no alibi for 24/07 and accepted he was there during the power cut."),
        ("h", "Lines of enquiry (including those that point away from the suspect)"),
        ("p", "1. Opportunity: Ms ORCHARD's work rota and her diary put him alone with Lily-Mae on eight evenings in July; Western Grid confirmed the local power cut on 24/07/26 from 19:50 to 21:30. This supports the account but I record it because the suspect accepts being there."),
        ("p", "2. Contamination / coaching (points away): the suspect says the words came from the cousin or the mother. Ms ORCHARD's first questions were open and are recorded in her statement. The cousin, Jayden ORCHARD (13), was spoken to with his father present on 09/08; he says he has never talked to Lily-Mae about anything like this and I have recorded this on the MG6C (item 7). The ABE interviewer and the intermediary both record no sign of rehearsed language."),
        ("p", "3. Motive to fabricate (points away): the suspect says Ms ORCHARD wanted to end the relationship. Her messages with him in July (she showed them on her phone; screenshots of the dated thread only, exhibit PN/4) are friendly and make plans for August. Her phone was not taken or examined: the relevant messages were captured by screenshot with her agreement and there is no other reasonable line of enquiry on it."),
        ("p", "4. Other adults with access (points away): the only other carers in July were the maternal grandmother (two afternoons) - spoken to, no concerns, and Lily-Mae names no-one else."),
        ("p", "5. School: Larkspur Primary logged on 28/07 that Lily-Mae was 'quiet and tearful'. A focused request was made to the school under s.44A with written notice to Lily-Mae and her mother (both documents in the file); the returned log entry is on the MG6D because it contains safeguarding referrals about another child."),
        ("p", "6. Not pursued: the suspect's phone was not seized - there is no allegation of images, messages or filming, and he had no digital contact with the child. A paediatric medical examination was considered with the SARC paediatrician (Dr Sunita RAO, 31/07/2026) and was not indicated: the touching described is external, there was a gap of days, and no injury or symptom is reported. No forensic opportunities exist for the same reasons. No CCTV or house-to-house enquiries were relevant: the events were inside a private flat."),
        ("h", "Outstanding evidence"),
        ("p", "There are no outstanding enquiries. Everything I rely on is in the file."),
        ("h", "Victim and witness care"),
        ("p", "Special measures: an MG2 is attached. Lily-Mae is eligible as a child witness (s.16 YJCEA 1999). We ask for her ABE to stand as evidence-in-chief, for cross-examination to be pre-recorded under s.28 (Ms ORCHARD has been told what this means and wants it for her), live link from the Larkspur Suite, and the Registered Intermediary, whose assessment is referred to in the MG2, to assist at court with the ground rules she recommended (short questions, no tag questions, breaks every 15 minutes)."),
        ("p", "Needs: Lily-Mae has mild dyslexia and needs visual aids; no interpreter needed by either of them. A Children's ISVA (CHISVA) referral was made on 31/07/2026 to the Wessmoor Children's Advocacy Service and the family is engaging. A VPS was offered to Ms ORCHARD on Lily-Mae's behalf on 02/08/2026; she wants to make it once a decision is made and the offer will be repeated then."),
        ("h", "Early advice"),
        ("p", "Early advice was not sought. The suspect was identified on day one, the ABE and interview were done within a week, and the file was ready for a full code decision without any issue needing a prosecutor's steer."),
        ("h", "Disclosure"),
        ("p", "Disclosure strategy: MG6C, MG6D and MG6E attached. No digital material is held for the complainant. The school log is the only third-party material and is scheduled on the MG6D. I consider the 999 call, the CAD log, the crime report and the first-account statement to meet the rebuttable presumption and they are with this file."),
        ("h", "Officer / supervisor"),
        ("p", "Report by DC 5530 NANDA, 19/10/2026. Reviewed and endorsed by DS 1187 Helen MARCHBANK on 20/10/2026: file checked, I agree it is ready for a full code test decision."),
    ]
    emit(F, "MG3 Orchard v3 FINAL.docx", "docx", mg3, head=H, foot="OFFICIAL-SENSITIVE when complete")

    emit(F, "VRI_020826_LMO.mp4", "video", seconds=4, label="LARKSPUR SUITE  02/08/2026  CAM1")
    summ = [("title", "Record of Video Recorded Interview - index and summary"),
            ("kv", [("URN", URN), ("Interviewee", "Lily-Mae ORCHARD (8)"), ("Date / place", "02/08/2026, Larkspur Suite, Wessmoor"),
                    ("Interviewer", "DC 5530 Priya NANDA"), ("Also present", "Ruth FENWICK, Registered Intermediary; monitoring: DC 6120 BRACKEN"),
                    ("Exhibit", "PN/1 (master) PN/2 (working copy) - duration 00:41:12")]),
            ("table", ["Counter", "Content"], [
                ["00:00:00", "Introductions, ground rules explained with the intermediary's picture cards; truth and lies check completed."],
                ["00:04:30", "Free narrative. 'Dean does the tickling game' - on the sofa, under the star blanket, his hand inside her pyjama bottoms on her 'front bottom'."],
                ["00:12:05", "Dinosaur film occasion. Describes the film, sitting position, what he said ('our secret game')."],
                ["00:19:40", "Power cut occasion. Torch, 'the lights went off and mummy was at work', same touching."],
                ["00:27:10", "Questioning phase: how many times ('two I remember'), whether anyone else did this ('no'), who she told first ('mummy in the bath')."],
                ["00:36:00", "Break requested by intermediary. Closure, neutral topic (her rabbit)."],
                ["00:41:12", "End."]], (20, 80)),
            ("p", "Summary prepared by DC NANDA 03/08/2026. This is a summary, not a transcript; a transcript will be produced if the case is charged.")]
    emit(F, "VRI index and summary.docx", "docx", summ, head=H)
    plan = [("title", "ABE interview plan"), ("p", f"URN {URN}. Child witness: Lily-Mae ORCHARD (8). Planned 01/08/2026 by DC NANDA with RI Ruth FENWICK."),
            ("p", "Objectives: obtain her best account of the touching she described to her mother; establish number of occasions, place, time markers; avoid leading questions; establish first disclosure."),
            ("p", "Intermediary advice: short questions, avoid 'do you remember', use picture cards for body parts only if she has already named them; breaks at 15-minute intervals."),
            ("p", "Rapport topics: her rabbit (Biscuit), school swimming. Room: Larkspur Suite room 2, live monitoring by DC BRACKEN.")]
    emit(F, "ABE plan 01-08-26.pdf", "pdf", plan, head=H, foot=FT)
    emit(F, "MG11 NANDA.pdf", "pdf", mg11(URN, "NANDA, Priya", "Over 18", "Detective Constable 5530", "03/08/2026", [
        "I am a Detective Constable with Wessmoor Police, based in the Public Protection Unit, and I am trained in achieving best evidence interviews with child witnesses (tier 2).",
        "On Sunday 2nd August 2026 at 10:05 hours at the Larkspur Suite, Wessmoor, I conducted a video recorded interview with Lily-Mae ORCHARD, aged 8. Ruth FENWICK, a Registered Intermediary, was present in the room throughout. DC 6120 BRACKEN monitored from the adjoining room. The interview ended at 10:46 hours.",
        "At the conclusion I produced two copies of the recording. I sealed the master copy and I now produce it as exhibit PN/1. I produce the working copy as exhibit PN/2. I also prepared an index and summary of the interview.",
        "On 09/08/2026 I took screenshots of a message thread on Gemma ORCHARD's phone between her and Dean CRANSTON covering 01/07/2026 to 30/07/2026, with her agreement and in her presence; the phone stayed with her. I produce these as exhibit PN/4.",
        "On 06/08/2026 I obtained from the Wessmoor Police control room a copy of the recording of the 999 call made by Gemma ORCHARD at 21:12 on 30/07/2026 (incident 0587). I produce it as exhibit PN/3."],
        sig="Signature: [signed]", style="A", witnessed="n/a"), head=None, foot=None)
    emit(F, "Statement - Gemma ORCHARD.pdf", "pdf", mg11(URN, "ORCHARD, Gemma Louise", "Over 18", "Senior care assistant", "31/07/2026", [
        "I am the mother of Lily-Mae ORCHARD who is 8. I have known Dean CRANSTON since November 2025 and we have been seeing each other on and off. In July 2026 he looked after Lily-Mae when I worked late shifts.",
        "On Thursday 30th July 2026 at about 7.30pm I was bathing Lily-Mae. Out of nowhere she asked me if Dean was allowed to do the tickling game under her pants. I asked her what she meant. She said Dean puts his hand in her knickers and touches her front bottom when they are watching films on the sofa, and that he said it is their secret game and I would be cross. I told her she had done nothing wrong and that she was right to tell me. I did not ask her anything else.",
        "I put her to bed and rang the police at about 9.10pm. An officer came round and I told him what she had said.",
        "Lily-Mae has a blue blanket with stars on it that she keeps on the sofa. On 24th July there was a power cut in our street in the evening while I was at work; Dean text me about it and said he had found the torch."],
        sig="Signature: G. Orchard", style="B"), head=H, foot=FT)
    emit(F, "MG11_ABERNETHY_2219.docx", "docx", mg11(URN, "ABERNETHY, Thomas", "Over 18", "PC 2219, Wessmoor Response Team B", "30/07/2026", [
        "On Thursday 30th July 2026 I was on duty in full uniform with body worn video when I was sent to 14 Thornbury Close, Wessmoor, following a call from Gemma ORCHARD (incident 0587 of 30/07/2026). I arrived at 21:40 hours and was the first officer there.",
        "I switched my BWV on before entering. Ms ORCHARD told me her 8-year-old daughter had told her at bath time that her mother's boyfriend Dean CRANSTON touched her inside her knickers. Lily-Mae was asleep. In line with guidance I did not wake or speak to the child; I took only a brief first account from Ms ORCHARD to establish what had happened and who the suspect was.",
        "I established that CRANSTON was not at the address and did not have a key. I completed a safeguarding referral and the crime report and handed over to the PPU at 23:30 hours. My BWV recording is retained and was uploaded as exhibit TA/1."],
        sig="Signature: PC 2219 T ABERNETHY (signed)", style="A"), head=H, foot="OFFICIAL-SENSITIVE when complete")
    mg2 = [("title", "MG2  Special measures assessment"),
           ("kv", [("URN", URN), ("Witness", "Lily-Mae ORCHARD, aged 8 (child witness, s.16(1)(a) YJCEA 1999)"),
                   ("Completed by", "DC 5530 NANDA, 04/08/2026")]),
           ("check", [(True, "Evidence-in-chief by video recorded interview (s.27)"),
                      (True, "Pre-recorded cross-examination (s.28) - the witness's parent has been consulted and wants this"),
                      (True, "Live link (s.24) from the Larkspur Suite"),
                      (False, "Screens (s.23)"),
                      (True, "Intermediary (s.29) - assessed by RI Ruth FENWICK on 01/08/2026; report held; recommends RI at court"),
                      (True, "Aids to communication (s.30) - picture cards")], "u"),
           ("p", "Witness's views: Lily-Mae said she would like to 'do it on the telly with Ruth'. Ms ORCHARD's view: she wants the cross-examination recorded early so that Lily-Mae does not have to wait for a trial date."),
           ("p", "Other needs: mild dyslexia, visual aids. No interpreter. CHISVA referral made 31/07/2026. Court familiarisation visit to be booked via Witness Care.")]
    emit(F, "MG2 special measures.pdf", "pdf", mg2, head=H, foot=FT)
    roti = [("title", "MG15  Record of Interview"),
            ("kv", [("URN", URN), ("Person interviewed", "Dean Anthony CRANSTON"), ("Date / time", "05/08/2026 14:02 - 14:51"),
                    ("Place", "Wessmoor Central custody, interview room 3"), ("Interviewer(s)", "DC 5530 NANDA, DC 6120 BRACKEN"),
                    ("Others present", "Mr K. OSEI, solicitor (Osei & Partners)"), ("Tape / file ref", "WC-260805-03")]),
            ("table", ["Time", "Person", "Summary"], [
                ["14:02", "DC NANDA", "Introductions, caution given and explained; CRANSTON says he understands."],
                ["14:05", "CRANSTON", "Confirms he babysat Lily-Mae on evenings in July while Gemma worked, 'two or three times a week'."],
                ["14:11", "DC NANDA", "Puts the allegation: touching inside pyjamas on the sofa, the 'secret game'."],
                ["14:12", "CRANSTON", "'Absolutely not. Never. I tickle her feet, that's it.' Denies any touching of private parts."],
                ["14:20", "CRANSTON", "Accepts the night of the power cut (24/07); he found the torch and they 'told ghost stories'."],
                ["14:31", "CRANSTON", "Says Lily-Mae's cousin Jayden 'talks about stuff he shouldn't' and Gemma wants rid of him and has 'put this in her head'."],
                ["14:44", "Solicitor", "Nothing further from his client."],
                ["14:51", "DC NANDA", "Interview concluded."]], (16, 24, 60))]
    emit(F, "ROTI CRANSTON 050826.pdf", "pdf", roti, head=H, foot=FT)
    emit(F, "PNC_print_CRANSTON.pdf", "pdf", [
        ("mono", "PNC PRINT - CONVICTIONS, CAUTIONS AND RELEVANT REMOVED DATA\nSUBJECT: CRANSTON, DEAN ANTHONY   DOB 11/03/1992   PNCID 12/0419982X\nREQUESTED BY 5530 NANDA  06/08/2026\n\nCONVICTIONS: 1   CAUTIONS: 0\n\n1. 14/09/2015 WESSMOOR MAGISTRATES\n   POSSESSING CONTROLLED DRUG - CLASS B - CANNABIS (MISUSE OF DRUGS ACT 1971 S.5(2))\n   FINE 120.00 GBP, COSTS 85.00\n\nNO RECORDED SEXUAL OFFENCES. NO WARNING MARKERS.\nEND OF PRINT")],
        head=None)
    emit(F, "Witness PNC checks.pdf", "pdf", [
        ("title", "Previous convictions - prosecution witnesses"), ("p", f"URN {URN}. Checks run 06/08/2026 by DC 5530 NANDA."),
        ("table", ["Witness", "DOB", "Result"], [["ORCHARD, Gemma Louise", "02/02/1995", "No trace - nil return"],
                                                  ["ABERNETHY, Thomas (PC 2219)", "officer", "No disciplinary findings or convictions"],
                                                  ["ORCHARD, Lily-Mae", "child", "Under age of criminal responsibility - no record"]], (40, 20, 40))],
        head=H, foot=FT)
    emit(F, "CAD 0587 300726.pdf", "pdf", [
        ("mono", "WESSMOOR POLICE COMMAND & CONTROL - INCIDENT LOG\nINCIDENT 0587  30/07/2026   GRADE: PRIORITY\nOPENED 21:12:40  TYPE: SEXUAL OFFENCE - CHILD\n"
         "21:12:40 CALLER GEMMA ORCHARD, 14 THORNBURY CLOSE. DAUGHTER 8 HAS TOLD HER TONIGHT MOTHER'S BF 'DEAN' TOUCHED HER IN KNICKERS WHILE BABYSITTING. DEAN NOT PRESENT.\n"
         "21:14:05 CALLER ADVISED NOT TO QUESTION CHILD FURTHER. CHILD SAFE, IN BED.\n21:16:22 RESOURCE 2219 ASSIGNED\n21:40:10 2219 AT SCENE\n"
         "22:30:55 2219: FIRST ACCOUNT FROM MOTHER ON BWV. SUSPECT DEAN CRANSTON 9 FALLOW RD. NO KEY. SAFEGUARDING REFERRAL DONE.\n23:31:00 HANDED TO PPU. CRIME CR/26/018834 RAISED\n23:32:14 CLOSED")],
        head=None)
    emit(F, "crime report CR-26-018834.pdf", "pdf", [
        ("title", "ATLAS Crime Record CR/26/018834"),
        ("kv", [("Classification", "Sexual assault on a female child under 13 (s.7 SOA 2003)"), ("Reported", "30/07/2026 21:12 by mother"),
                ("Victim", "ORCHARD, Lily-Mae (8)"), ("Suspect", "CRANSTON, Dean Anthony"),
                ("Protected characteristics", "Female, 8, White British; dyslexia"), ("OIC", "DC 5530 NANDA")]),
        ("p", "MO: suspect babysitting; touching under clothing on sofa while watching films; told child it was a secret game."),
        ("p", "Investigation log: 31/07 strategy discussion with Children's Services; CHISVA referral; 01/08 RI assessment; 02/08 ABE; 05/08 arrest and interview; 06/08 bailed with conditions; 09/08 cousin spoken to; 12/08 s.44A request to school; 19/08 school reply received."),
    ], head=H, foot=FT)
    emit(F, "MG6C unused.pdf", "pdf", [
        ("title", "Police schedule of non-sensitive unused material (MG6C)"), ("p", f"URN {URN}   R v CRANSTON   Disclosure officer: DC 5530 NANDA"),
        ("table", ["No.", "Description and relative location", "CPS view"], [
            ["1", "999 call recording, incident 0587, 30/07/2026 21:12, 4m 10s - Gemma ORCHARD reporting first disclosure (exhibited PN/3, copy with file)", ""],
            ["2", "CAD incident log 0587 of 30/07/2026 (copy with file)", ""],
            ["3", "BWV PC 2219 ABERNETHY 30/07/2026 21:40-22:31 (TA/1, clip with file): mother's first account at the address; child not spoken to", ""],
            ["4", "ATLAS crime record CR/26/018834 including investigation log (copy with file)", ""],
            ["5", "ABE interview plan dated 01/08/2026 (DC NANDA / RI FENWICK)", ""],
            ["6", "Registered Intermediary assessment report, R FENWICK, 01/08/2026", ""],
            ["7", "Pocket notebook entry DC NANDA 09/08/2026: conversation with Jayden ORCHARD (13) and his father; denies discussing any sexual matter with Lily-Mae", ""],
            ["8", "Western Grid email 11/08/2026 confirming power cut, Thornbury Close area, 24/07/2026 19:50-21:30", ""],
            ["9", "Fallowfield Care Home rota for Gemma ORCHARD, July 2026 (late shifts)", ""],
            ["10", "Custody record Dean CRANSTON 05/08/2026", ""]], (8, 72, 20))], head=H, foot=FT)
    emit(F, "MG6D sensitive.pdf", "pdf", [
        ("title", "Police schedule of sensitive material (MG6D)"), ("p", f"URN {URN}"),
        ("table", ["No.", "Description", "Reason for sensitivity"], [
            ["1", "Larkspur Primary safeguarding log entry 28/07/2026 re Lily-Mae (quiet, tearful) returned under s.44A request", "Third-party child welfare record; also names another pupil"],
            ["2", "Strategy discussion minutes, Wessmoor Children's Services, 31/07/2026", "Multi-agency safeguarding record"],
            ["3", "Complainant's home address and contact details", "Personal data of child witness"]], (8, 60, 32))], head=H, foot=FT)
    emit(F, "MG6E DO report.pdf", "pdf", [
        ("title", "Disclosure officer's report (MG6E)"), ("p", f"URN {URN}. DC 5530 NANDA, 19/10/2026."),
        ("p", "I have examined all the material listed on the MG6C and MG6D. In my view items 1, 2, 3 and 7 of the MG6C may be capable of assisting the defence (items 3 and 7 bear on the suspect's contamination suggestion) and copies of 1, 2, 3 and 7 are provided. Nothing on the MG6D undermines the prosecution case; MG6D item 1 is consistent with the disclosure.")], head=H, foot=FT)
    emit(F, "MG12 exhibits.pdf", "pdf", [
        ("title", "MG12  Exhibit list"), ("p", f"URN {URN}"),
        ("table", ["Exhibit", "Description", "Produced by"], [
            ["PN/1", "ABE interview master recording, Lily-Mae ORCHARD, 02/08/2026", "DC NANDA"],
            ["PN/2", "ABE interview working copy", "DC NANDA"],
            ["PN/3", "999 call recording, incident 0587, 30/07/2026 (file 999_0587_300726.mp3)", "DC NANDA"],
            ["PN/4", "Screenshots of messages G ORCHARD / D CRANSTON 01/07-30/07/2026", "DC NANDA"],
            ["TA/1", "BWV recording PC ABERNETHY 30/07/2026 (file BWV_2219_20260730_2140.mp4)", "PC ABERNETHY"]], (15, 60, 25))], head=H, foot=FT)
    emit(F, "BWV_2219_20260730_2140.mp4", "video", seconds=3, label="AXON 2219 2026-07-30 21:40", tint=(30, 30, 30))
    emit(F, "999_0587_300726.mp3", "audio", seconds=4)
    emit(F, "s44A request Larkspur Primary.pdf", "pdf", [
        ("p", "Wessmoor Police, Public Protection Unit, Larkspur House\n12 August 2026"),
        ("p", "To: The Designated Safeguarding Lead, Larkspur Primary School\nOur ref: " + URN),
        ("title", "Request for information about a victim (s.44A Police, Crime, Sentencing and Courts Act 2022)"),
        ("p", "Pupil: Lily-Mae ORCHARD (Year 3)."),
        ("p", "Reasonable line of enquiry: your school recorded on 28/07/2026 that Lily-Mae was quiet and tearful. Her disclosure to her mother was made two days later. Any record of what she said or how she presented in that period may support or undermine her account and is relevant to whether her account could have been prompted by someone else, which the suspect suggests."),
        ("p", "What we ask for, and only this: entries in the safeguarding / welfare log about Lily-Mae dated 01/06/2026 to 31/07/2026 that record her presentation, anything she said, or any concern raised. We do not ask for academic, attendance, SEN or health records, or anything about other pupils."),
        ("p", "Why necessary and proportionate: the period is the two months around the alleged offences; no less intrusive route gives this information; the material will be reviewed by the OIC only, held on the MG6D and disclosed only if it meets the test."),
        ("p", "Written notice of this request has been given to Lily-Mae and to her mother today. DC 5530 NANDA, 01632 960418, priya.nanda@wessmoor.police.example")], head=None)
    emit(F, "notice to family re school request.pdf", "pdf", [
        ("p", "Wessmoor Police\n12/08/2026"),
        ("p", "To Lily-Mae ORCHARD, c/o her mother Ms Gemma ORCHARD (delivered by hand by DC NANDA, 12/08/2026)"),
        ("title", "Notice of a request for information about you"),
        ("p", "What we are asking for: we are asking Larkspur Primary School for its welfare notes about Lily-Mae from June and July 2026 only."),
        ("p", "Why: the school noticed Lily-Mae was upset on 28 July. What they wrote may help show what happened and when; the man accused says someone put the idea into her head, and we have to check what was noticed at the time."),
        ("p", "How it will be handled: only the officer in the case will read it; it will be kept securely and listed as sensitive; it will only be shown to the defence if the law says it must be, and you will be told first. You can tell us if you have concerns about this request."),
        ("p", "Explained to Ms ORCHARD, who had no objection, and in simple words to Lily-Mae with her mother present. (Sgd) P. Nanda DC 5530")], head=None)
    docs = [
        {"name": "MG3 Orchard v3 FINAL.docx", "type": "MG3"},
        {"name": "VRI_020826_LMO.mp4", "type": "ABE_RECORDING"},
        {"name": "VRI index and summary.docx", "type": "ABE_SUMMARY"},
        {"name": "ABE plan 01-08-26.pdf", "type": "ABE_PLAN"},
        {"name": "MG11 NANDA.pdf", "type": "MG11", "role": "officer"},
        {"name": "Statement - Gemma ORCHARD.pdf", "type": "MG11", "role": "first_account"},
        {"name": "MG11_ABERNETHY_2219.docx", "type": "MG11", "role": "officer"},
        {"name": "MG2 special measures.pdf", "type": "MG2"},
        {"name": "ROTI CRANSTON 050826.pdf", "type": "ROTI"},
        {"name": "PNC_print_CRANSTON.pdf", "type": "PNC"},
        {"name": "Witness PNC checks.pdf", "type": "PNC"},
        {"name": "CAD 0587 300726.pdf", "type": "INCIDENT_LOG"},
        {"name": "crime report CR-26-018834.pdf", "type": "CRIME_REPORT"},
        {"name": "MG6C unused.pdf", "type": "MG6C"},
        {"name": "MG6D sensitive.pdf", "type": "MG6D"},
        {"name": "MG6E DO report.pdf", "type": "MG6E"},
        {"name": "MG12 exhibits.pdf", "type": "MG12"},
        {"name": "BWV_2219_20260730_2140.mp4", "type": "BWV"},
        {"name": "999_0587_300726.mp3", "type": "CALL_999"},
        {"name": "s44A request Larkspur Primary.pdf", "type": ["THIRD_PARTY", "CORRESPONDENCE", "OTHER"]},
        {"name": "notice to family re school request.pdf", "type": ["CORRESPONDENCE", "THIRD_PARTY", "OTHER"]},
    ]
    expected(out, name, 0, ["MG3", "ABE_RECORDING", "ABE_SUMMARY", "ABE_PLAN", "MG11", "MG2", "ROTI", "PNC", "INCIDENT_LOG",
                            "CRIME_REPORT", "MG6C", "MG6D", "MG6E", "MG12", "BWV", "CALL_999"], [],
             ["mg3_present", "test_sought", "early_advice", "oic_contact", "lines_of_enquiry", "suspect_account",
              "outstanding_dated", "complainant_account", "abe_recording", "abe_summary", "abe_exhibited", "abe_plan",
              "key_statements", "officer_statement", "signed", "suspect_interview", "previous_convictions",
              "witness_convictions", "mg6c", "mg6d", "mg6e", "schedule_descriptions", "rebuttable_presumption",
              "dig_dpn", "dig_prop", "forensic_medical", "special_measures", "victim_care", "files_readable", "one_urn",
              "third_party_request", "third_party_notice", "exhibits", "multimedia"], docs)


# ================================================================ CASE 02
def case02(out):
    """Non-recent abuse reported by an adult; written statement; terse MG3; scanned first-account statement. Compliant."""
    name = "NF-0299126_TALLIS_nonrecent"
    F = os.path.join(out, name); os.makedirs(F)
    URN = "58NF0299126"
    H = "NORTHFOLD CONSTABULARY :: CRIMSON RMS :: case print  [" + URN + "]"
    FT = "Page {n} of {nb}  -  OFFICIAL SENSITIVE"
    mg3 = [("p", "NORTHFOLD CONSTABULARY - RASSO Team (Operation Lantern)"),
           ("title", "MG3 - REPORT TO CROWN PROSECUTOR FOR CHARGING DECISION"),
           ("kv", [("URN", URN), ("Suspect", "PELLOW, Graham Keith  dob 22/06/1968"), ("Complainant", "TALLIS, Rebecca Jane (31)"),
                   ("OIC", "DC 3390 Owen FAIRCLOUGH - 01632 960377 - owen.fairclough@northfold.police.example"),
                   ("Date of report", "12 Oct 2026")]),
           ("h", "Decision requested"),
           ("p", "- Full Code Test. Rape x3 (s.1 SOA 2003), 01/01/2008 - 31/12/2010, complainant aged 13-15."),
           ("h", "Case in brief"),
           ("p", "- IP reported at Ashcombe front counter 10/07/26 to PC DUNMORE.\n- SO = IP's step-uncle (her mother's sister's husband at the time).\n- IP stayed at SO's house, 4 Hatherley Rise, Ashcombe, most school holidays 2008-2010.\n- Describes SO coming into the box room at night; three occasions she can fix (Christmas 2008, her 14th birthday weekend Aug 2009, half-term Oct 2010).\n- Written MG11 taken 16/07/26 over two sessions - she chose a written statement rather than a video-recorded interview after the options were explained (recorded in her statement).\n- First account: told then-boyfriend Aaron WEBB in 2015 after a family funeral. Statement from WEBB obtained (scanned copy, signed original held)."),
           ("h", "SO's account"),
           ("p", "- SO was working in Spain (Malaga) Jul-Sep 26. He was not interviewed under caution until 14/09/26 because he was abroad; he returned voluntarily and attended by appointment.\n- Voluntary interview, solicitor present. Denies all. Accepts IP stayed at the house; says she 'was never on her own with me, Denise was always there'. Suggests IP is angry at the family over her grandmother's will (2024)."),
           ("h", "Lines of enquiry"),
           ("p", "- Denise PELLOW (SO's ex-wife, divorced 2014): statement taken. She confirms IP stayed most holidays and that she (Denise) worked night shifts at Ashcombe General in 2008-2010 - undermines SO's 'never alone' claim.\n- Carol TALLIS (IP's mother): statement - stays, dates, change in IP's behaviour 2009 (refused to go in 2011).\n- Will dispute (points away): probate papers obtained; IP was not a beneficiary and made no claim; the dispute was between Carol and her sister. Recorded and scheduled - it is disclosable as it goes to motive.\n- Aaron WEBB's conviction (criminal damage 2017) - on witness PNC list, to be disclosed.\n- School records 2008-10: not sought. IP says she told no-one at school; a request would be speculative and not a reasonable line of enquiry.\n- Medical / counselling: IP had 6 sessions of NHS talking therapy in 2020 about anxiety; she says the abuse was not discussed. Not requested - no basis to think it holds anything relevant. No third-party requests made, so no notice was needed.\n- Digital: no devices relevant - no communications with SO since 2014. IP's phone not examined.\n- Forensic / medical: none possible after 16-18 years. No FME. Nothing outstanding.\n- House: SO sold 4 Hatherley Rise in 2015. Photos of the box room from 2009 produced by Carol TALLIS (CT/1)."),
           ("h", "Outstanding"),
           ("p", "- None. No further enquiries are outstanding."),
           ("h", "Victim"),
           ("p", "- Special measures: screens requested (s.23), s.17(4) eligibility. s.28 explained 20/07/26 - she does not want pre-recorded cross-exam; she prefers to give evidence once at trial behind a screen. Not vulnerable under s.16; no intermediary needed.\n- Needs: none identified; no interpreter; wants updates by email.\n- ISVA: referred 11/07/26 to Northfold Rape Crisis, ISVA Lorna BECK allocated.\n- VPS: offered 20/07/26, made the same day (attached)."),
           ("h", "Bail / RUI"),
           ("p", "- SO released under investigation after voluntary interview (never arrested). RUI rather than bail: no contact for 12 years, IP lives 190 miles away, SO has no access to children; risk assessed low by DS 2007 ROWE 14/09/26."),
           ("h", "Early advice"),
           ("p", "- Sought. CPS RASSO (Ms K ADEYEMI) 21/08/26 - record attached. Both actions done (Denise PELLOW statement; interview SO on return)."),
           ("h", "Disclosure"),
           ("p", "- MG6C and MG6D attached (MG6D is a nil return). Rebuttable presumption material with file: report log, crime record, first complaint statement, witness PNCs."),
           ("h", "Supervisor"),
           ("p", "- Reviewed: DS 2007 Naomi ROWE 12/10/26 - agreed for submission.")]
    emit(F, "MG3.pdf", "pdf", mg3, head=H, foot=FT)
    comp = mg11(URN, "TALLIS, Rebecca Jane", "Over 18", "Dental nurse", "16/07/2026", [
        "I am making this statement in writing rather than by a video-recorded interview. DC FAIRCLOUGH explained both options to me and I chose this.",
        "Graham PELLOW was married to my auntie Denise. When I was 13 to 15 I stayed at their house at 4 Hatherley Rise in Ashcombe most school holidays because my mum worked. I slept in the box room at the top of the stairs.",
        "The first time was at Christmas 2008. Auntie Denise was at work on nights. Graham came into the box room after midnight, got into the bed behind me and put his penis into my vagina. I said 'stop' and he said 'shh'. Afterwards he said nobody would believe me.",
        "The second time I can remember clearly was the weekend of my 14th birthday in August 2009. It was the same: Denise was working, he came in at night. I pretended to be asleep. He had sex with me.",
        "The last time was October half-term 2010. I pushed him and he held my wrists. After that I told my mum I did not want to go there any more and I never stayed again.",
        "I first told someone in 2015 when my boyfriend Aaron WEBB asked why I would not go to my grandad's funeral if Graham was going. I told him Graham had raped me when I was a kid.",
        "I am reporting now because I saw Graham at a family wedding in June 2026 and could not stop shaking."], sig="Signature: R Tallis", style="A", pp="3")
    emit(F, "Doc1.pdf", "pdf", comp, head=None, foot="MG11 (T)  page {n} of {nb}  signed: R Tallis")
    webb = mg11(URN, "WEBB, Aaron", "Over 18", "Plasterer", "02/08/2026", [
        "I was in a relationship with Rebecca TALLIS from 2014 to 2018.",
        "In April 2015 her grandad died. She said she would not go to the funeral if 'he' was there. I asked who and she said Graham, her uncle. She started crying and said he raped her when she was a kid at his house. She did not want to say more and asked me not to tell anyone. I never did.",
        "I have a conviction for criminal damage from 2017. I have told the officer about it."], sig="Signature: A. Webb", style="A", pp="1")
    emit(F, "scan_0004.pdf", "scan", webb, head="Northfold Constabulary   scanned 03/08/2026   " + URN)
    emit(F, "MG11 PC DUNMORE.docx", "docx", mg11(URN, "DUNMORE, Sian", "Over 18", "PC 4471, Ashcombe Neighbourhood", "10/07/2026", [
        "On Friday 10 July 2026 at 14:20 I was on duty at the Ashcombe police station front counter when Rebecca TALLIS asked to speak to someone privately. I took her to the interview room.",
        "She told me that her uncle by marriage, Graham PELLOW, had raped her several times when she was a teenager in 2008 to 2010 at his house in Ashcombe. I did not ask for detail. I recorded what she said in my pocket notebook (PNB 4471/18 p.33) and she read and signed it.",
        "I raised incident 26/0710/0233 and crime CRM-26-0299126 and informed the RASSO team. DC FAIRCLOUGH took over at 16:05."], sig="Signed: S. Dunmore PC 4471", style="B"), head=H, foot="OFFICIAL SENSITIVE")
    emit(F, "Carol TALLIS statement.pdf", "pdf", mg11(URN, "TALLIS, Carol Ann", "Over 18", "Retired", "29/07/2026", [
        "I am Rebecca's mother. Between 2008 and 2010 Rebecca stayed with my sister Denise and her husband Graham PELLOW at 4 Hatherley Rise most school holidays while I worked.",
        "Around the summer of 2009 Rebecca became quiet and moody. In late 2010 she refused to go back there and would not say why. I put it down to being a teenager.",
        "I have photographs from Christmas 2009 that show the box room where Rebecca slept. I have given copies to DC FAIRCLOUGH and I produce them as exhibit CT/1.",
        "After Mum died in 2024 there was a dispute between me and Denise about the will. Rebecca was not involved and got nothing under it."], sig="(Sgd) C TALLIS", style="C"), head=None)
    emit(F, "D PELLOW MG11 typed.pdf", "pdf", mg11(URN, "PELLOW, Denise Mary", "Over 18", "Staff nurse", "05/09/2026", [
        "I was married to Graham PELLOW from 2001 to 2014.",
        "My niece Rebecca stayed with us most school holidays from about 2008 to 2010. I worked nights at Ashcombe General then, usually three or four nights a week including Christmas 2008, so Graham was often alone in the house with Rebecca overnight.",
        "Rebecca stopped coming at the end of 2010. I do not know why."], sig="(Sgd) D PELLOW", style="C"), head=None)
    emit(F, "VPS Rebecca Tallis.pdf", "pdf", [("title", "Victim Personal Statement"), ("p", f"URN {URN}. Made by Rebecca TALLIS on 20/07/2026, offered and explained by DC 3390 FAIRCLOUGH."),
        ("p", "I have carried this since I was thirteen. I have had panic attacks for years and I have never felt safe at family events. I want the court to know how it has affected my relationships and my work."),
        ("p", "Signed: R Tallis   20/07/2026")], head=H, foot=FT)
    emit(F, "ROTI_PELLOW_140926.pdf", "pdf", [("title", "Record of Taped Interview"),
        ("kv", [("URN", URN), ("Interviewee", "Graham Keith PELLOW (voluntary attendance)"), ("Date", "14/09/2026 10:30-11:42, Ashcombe PS"),
                ("Interviewers", "DC 3390 FAIRCLOUGH, DC 1552 IMRIE"), ("Legal adviser", "Ms R. HALE, Hale Law")]),
        ("table", ["Time", "Speaker", "Précis"], [
            ["10:30", "DC FAIRCLOUGH", "Caution; told he is not under arrest and is free to leave; entitled to free legal advice."],
            ["10:36", "PELLOW", "Confirms Rebecca stayed at the house 2008-2010 'in the holidays'."],
            ["10:44", "DC FAIRCLOUGH", "Puts the three occasions."],
            ["10:45", "PELLOW", "Denies. 'Never happened. I was never on my own with her, Denise was always there.'"],
            ["11:02", "DC FAIRCLOUGH", "Puts Denise's night shifts."],
            ["11:03", "PELLOW", "'She might have done nights sometimes, I don't remember.'"],
            ["11:20", "PELLOW", "Says the family fell out over the will and Rebecca is 'doing this to get at us'."],
            ["11:42", "DC FAIRCLOUGH", "Interview ends."]], (15, 25, 60))], head=H, foot=FT)
    emit(F, "PNC PELLOW.pdf", "pdf", pnc("PELLOW, GRAHAM KEITH", "22/06/1968", "88/0133217L", "3390 FAIRCLOUGH", "15/09/2026", []))
    emit(F, "witness PNCs.pdf", "pdf", [("title", "Prosecution witnesses - PNC checks"), ("p", f"URN {URN}, 15 Sept 2026"),
        ("table", ["Witness", "Result"], [["TALLIS, Rebecca Jane", "No trace"], ["WEBB, Aaron", "1 conviction: 03/03/2017 Ashcombe MC, criminal damage (under £5000), conditional discharge 12 months - to be disclosed"],
                                          ["TALLIS, Carol Ann", "No trace"], ["PELLOW, Denise Mary", "No trace"], ["DUNMORE, Sian (PC 4471)", "Officer - no adverse findings"]], (35, 65))], head=H, foot=FT)
    emit(F, "incident 0233.pdf", "pdf", [("mono", "NORTHFOLD CONSTABULARY - STORM INCIDENT LOG\nREF 26/0710/0233   CREATED 10/07/2026 14:31   SOURCE: FRONT COUNTER ASHCOMBE\n14:31 PC 4471: FEMALE ATTENDED FRONT COUNTER, DISCLOSED NON-RECENT RAPE BY UNCLE BY MARRIAGE 2008-2010 AGED 13-15. NO CURRENT RISK FROM SO, NO CONTACT SINCE 2014.\n14:52 RASSO NOTIFIED\n16:05 DC 3390 TAKES OVER. CRIME RAISED CRM-26-0299126\n16:10 CLOSED - NO FURTHER DEPLOYMENT")])
    emit(F, "crime record.pdf", "pdf", [("title", "CRIMSON - Crime Record CRM-26-0299126"),
        ("kv", [("Offence", "Rape of a female aged 13-15 (non-recent)"), ("Committed", "01/01/2008 - 31/12/2010"), ("Reported", "10/07/2026"),
                ("Victim", "TALLIS, Rebecca Jane, F, 31, White British"), ("Suspect", "PELLOW, Graham Keith"), ("Status", "Under investigation - RUI")]),
        ("p", "Initial account recorded in PNB 4471/18 p.33 (PC DUNMORE) - first complaint to police.")], head=H, foot=FT)
    emit(F, "MG6C.pdf", "pdf", sched("SCHEDULE OF NON-SENSITIVE UNUSED MATERIAL", URN, "PELLOW", "DC 3390 FAIRCLOUGH",
        ["Item", "Description", "Location"], [
            ["1", "Incident log 26/0710/0233 (front counter report) - copy with file", "CRIMSON"],
            ["2", "Crime record CRM-26-0299126 - copy with file", "CRIMSON"],
            ["3", "PNB PC 4471 DUNMORE, book 18 p.33: initial account from Rebecca TALLIS 10/07/2026, signed by her", "Ashcombe property store"],
            ["4", "Probate papers, estate of Margaret TALLIS (d.2024), showing beneficiaries - relevant to suggested motive", "OIC file"],
            ["5", "Record of early advice, CPS RASSO, 21/08/2026", "OIC file"],
            ["6", "Email chain DC FAIRCLOUGH / Hale Law arranging voluntary interview on SO's return from Spain, 01/09-10/09/2026", "OIC mailbox"],
            ["7", "Custody-free interview record / voluntary attendance notice 14/09/2026", "OIC file"]], (10, 65, 25)), head=H, foot=FT)
    emit(F, "MG6D.pdf", "pdf", [("title", "SCHEDULE OF SENSITIVE MATERIAL"), ("p", f"URN {URN}   R v PELLOW"),
        ("p", "NIL RETURN. The disclosure officer has examined all material held and there is no sensitive material to schedule in this case."),
        ("p", "DC 3390 FAIRCLOUGH, 12/10/2026")], head=H, foot=FT)
    emit(F, "MG12.pdf", "pdf", [("title", "EXHIBIT LIST"), ("p", f"URN {URN}"), ("table", ["Ref", "Exhibit", "Produced by"],
        [["CT/1", "Photographs (3) of the box room, 4 Hatherley Rise, Christmas 2009", "Carol TALLIS"]], (15, 60, 25))], head=H, foot=FT)
    emit(F, "early advice record 210826.pdf", "pdf", [("title", "Record of early advice - CPS RASSO"), ("p", f"URN {URN}. Call between Ms K ADEYEMI (CPS) and DC FAIRCLOUGH, 21 August 2026, 11:00."),
        ("p", "Advice: (1) obtain a statement from the suspect's ex-wife on whether he was alone with the complainant at night; (2) interview the suspect under caution when he returns from Spain rather than seek his return; (3) no need to pursue school or therapy records on the present information. Resubmit for full code test when done.")], head=None)
    docs = [{"name": "MG3.pdf", "type": "MG3"}, {"name": "Doc1.pdf", "type": "MG11", "role": "complainant"},
            {"name": "scan_0004.pdf", "type": "MG11", "role": "first_account"},
            {"name": "MG11 PC DUNMORE.docx", "type": "MG11", "role": "officer"},
            {"name": "Carol TALLIS statement.pdf", "type": "MG11", "role": "witness"},
            {"name": "D PELLOW MG11 typed.pdf", "type": "MG11", "role": "witness"},
            {"name": "VPS Rebecca Tallis.pdf", "type": "VPS"}, {"name": "ROTI_PELLOW_140926.pdf", "type": "ROTI"},
            {"name": "PNC PELLOW.pdf", "type": "PNC"}, {"name": "witness PNCs.pdf", "type": "PNC"},
            {"name": "incident 0233.pdf", "type": "INCIDENT_LOG"}, {"name": "crime record.pdf", "type": "CRIME_REPORT"},
            {"name": "MG6C.pdf", "type": "MG6C"}, {"name": "MG6D.pdf", "type": "MG6D"}, {"name": "MG12.pdf", "type": "MG12"},
            {"name": "early advice record 210826.pdf", "type": "EARLY_ADVICE"}]
    expected(out, name, 0, ["MG3", "MG11", "VPS", "ROTI", "PNC", "INCIDENT_LOG", "CRIME_REPORT", "MG6C", "MG6D", "MG12", "EARLY_ADVICE"], [],
             ["mg3_present", "test_sought", "early_advice", "oic_contact", "lines_of_enquiry", "suspect_account", "outstanding_dated",
              "complainant_account", "abe_recording", "abe_summary", "abe_exhibited", "key_statements", "officer_statement", "signed",
              "suspect_interview", "previous_convictions", "witness_convictions", "mg6c", "mg6d", "schedule_descriptions",
              "rebuttable_presumption", "dig_dpn", "dig_prop", "multimedia", "exhibits", "forensic_medical", "special_measures",
              "victim_care", "files_readable", "one_urn", "third_party_request", "third_party_notice"], docs)


# ================================================================ CASE 03
def case03(out):
    """Online grooming, 14-year-old, ABE, her phone examined under a proper DPN; check-box MG3. Compliant."""
    name = "CB_ORBIT_0731526"
    F = os.path.join(out, name); os.makedirs(F)
    URN = "44CB0731526"
    H = "Calderbrook Police - ORBIT Case Management - " + URN + "\nProtective marking: OFFICIAL-SENSITIVE"
    FT = "ORBIT v12.4  |  sheet {n} of {nb}"
    cb = lambda items: ("check", items, "u")
    mg3 = [("title", "MG3 - Report to Crown Prosecutor for Charging Decision"),
           ("above", [("URN", URN), ("Suspect(s)", "Liam Robert FROST, dob 2002-04-17"), ("Victim", "Skye MORROW, aged 14 (dob withheld - see MG6)"),
                      ("Offences proposed", "Sexual communication with a child (s.15A SOA 2003); causing or inciting a child aged 13-15 to engage in sexual activity (s.10 SOA 2003) - images"),
                      ("Officer in case", "DC 7012 Abigail STROUD, Calderbrook CSE Team. Direct line 01632 960731. abigail.stroud@calderbrook.police.example")]),
           ("h", "Section 1 - Decision sought"),
           cb([(True, "Full Code Test"), (False, "Threshold Test"), (False, "Early advice only")]),
           ("h", "Section 2 - Early advice"),
           cb([(False, "Early advice obtained"), (True, "Early advice not sought - reason: the suspect admitted the account was his in a prepared statement and the digital evidence was complete except the suspect phone download; no legal issue needed a steer.")]),
           ("h", "Section 3 - Summary"),
           ("p", "Between 2026-05-02 and 2026-08-19 FROST, then 24, messaged Skye on Snapchat and Instagram using the account 'liam_fx17' and saying he was 17. He asked for and received four topless images (2026-07-30 to 2026-08-14) and sent her sexual messages. On 2026-08-20 Skye told her friend Ellie DRAKE at school that 'Liam' wanted to meet and had asked for 'more pics'; Ellie told their form tutor and PC 3318 WALSH (schools officer) attended. Skye's ABE was on 2026-08-22."),
           ("h", "Section 4 - Suspect's account"),
           ("p", "Arrested 2026-08-27. Prepared statement: accepts the account is his, says he believed Skye was 16 'from her profile' and that the images were sent without him asking. No comment to all questions. Likely defence: reasonable belief in age (s.15A and s.10 both require she be under 16 and he not reasonably believe she was 16 or over)."),
           ("h", "Section 5 - Lines of enquiry"),
           ("p", "a) Skye's phone (Apple iPhone 13, IMEI 356938110042775): examined with her and her mother's agreement under a DPN (attached), limited to Snapchat and Instagram conversations with 'liam_fx17' and media sent or received within those chats, 2026-05-01 to 2026-08-20. Nothing else was extracted. Download report attached.\nb) Her age in the chats (points either way): the selective extraction shows she told him she was 14 on 2026-05-04 ('im 14 lol, year 9') and he replied 'age is a number'. Her Instagram profile at the time said nothing about age - screenshot of profile by DC STROUD (AS/3).\nc) Other contacts (points away): whether anyone else used 'liam_fx17' - Snap Inc. subscriber return shows registration to FROST's email and his home IP address.\nd) Suspect's phone (Samsung S23) seized on arrest: extraction submitted to DFU 2026-08-28.\ne) Not pursued: Skye's other apps, photos outside the chats and her contacts - no reason to think they hold anything relevant; her school and social care records - no reasonable line of enquiry. No third-party requests made.\nf) Forensic / medical: none - no physical contact is alleged and they never met, so no medical examination or forensic submission was needed."),
           ("h", "Section 6 - Outstanding evidence"),
           ("table", ["Item", "With", "Target date"], [["Suspect phone (Samsung S23) download and report", "Calderbrook DFU", "2026-11-13"],
                                                      ["Grading of the four images (IIOC categorisation)", "Calderbrook DFU / OIC", "2026-11-13"]], (50, 25, 25)),
           ("h", "Section 7 - Victim and witnesses"),
           cb([(True, "Special measures considered (details below)"), (True, "Complainant's view on s.28 sought: she wants her cross-examination pre-recorded"),
               (False, "Intermediary required - assessed by DC STROUD 2026-08-21: no communication needs; not required"),
               (True, "ABE as evidence in chief (s.27)"), (True, "Live link (s.24)"), (False, "Interpreter required"),
               (True, "ISVA / CHISVA referral made - 2026-08-21, Calderbrook Young People's ISVA"),
               (True, "VPS offered - 2026-08-22, to Skye and her mother; they declined for now"),
               (True, "Victim needs assessed - anxious about school finding out; school DSL briefed with consent")]),
           ("h", "Section 8 - Bail"),
           ("p", "Pre-charge bail to 2026-11-27. Conditions: no contact with Skye MORROW directly or indirectly; not to use any social media or messaging app to contact any person under 18."),
           ("h", "Section 9 - Disclosure"),
           ("p", "MG6C and MG6D attached. Digital strategy: complainant download limited as above; suspect download full, reviewed by keyword and date. Items meeting the rebuttable presumption (CAD, crime report, first complaint) are with the file."),
           ("h", "Section 10 - Supervisor"),
           ("above", [("Supervisor name / rank", "DS 2298 Colin METCALFE"), ("Date", "2026-10-16"), ("Comments", "File reviewed. Ready for FCT subject to the outstanding DFU work, which does not affect the decision on s.15A.")])]
    emit(F, "MG3_MORROW_form.pdf", "pdf", mg3, head=H, foot=FT)
    emit(F, "ABE Skye 22-08-2026.mp4", "video", seconds=3, label="CALDERBROOK VRI SUITE B 2026-08-22")
    emit(F, "ABE summary MORROW.pdf", "pdf", [("title", "ABE Interview - Summary"),
        ("kv", [("URN", URN), ("Witness", "Skye MORROW (14)"), ("Date", "22 Aug 2026, 14:10-14:58"), ("Interviewer", "DC 7012 STROUD"), ("Exhibit", "AS/1")]),
        ("p", "14:12 Rapport; ground rules. 14:18 Free recall: met 'Liam' on Snapchat in May through a friend-of-friend suggestion; he said he was 17 and at college. 14:25 He asked for photos from late July; she sent four 'with no top on' because he said he'd stop talking to her. 14:34 He sent messages describing sex acts; she showed some to nobody. 14:41 She told him she was 14 'right at the start'. 14:47 He asked to meet at Calderbrook bus station on 22 August; she told Ellie on 20 August. 14:55 Closure.")], head=H, foot=FT)
    emit(F, "MG11 DC STROUD.pdf", "pdf", mg11(URN, "Abigail STROUD", "Over 18", "Detective Constable 7012", "2026-08-29", [
        "I am a DC in the Calderbrook CSE team. On Saturday 22 August 2026 between 14:10 and 14:58 I conducted a video recorded (ABE) interview with Skye MORROW at the VRI suite B, Calderbrook. I exhibit the recording as AS/1 (master DVD, sealed) and AS/2 (working copy).",
        "On 21 August 2026 I obtained Skye's iPhone 13 (IMEI 356938110042775) from her mother Nina MORROW after explaining the Digital Processing Notice to both of them; they both signed it. I exhibit the phone as AS/4 and I delivered it to the Calderbrook DFU the same day with a submission limited to the Snapchat and Instagram chats with 'liam_fx17' between 1 May and 20 August 2026.",
        "On 21 August 2026 I took a screenshot of Skye's public Instagram profile as it then appeared. I exhibit it as AS/3.",
        "On 27 August 2026 I arrested Liam FROST at 3 Cinder Row, Calderbrook and seized a Samsung S23 phone (AS/5)."], sig="Signature: A Stroud DC7012", style="B"), head=H, foot=FT)
    emit(F, "Ellie DRAKE MG11.docx", "docx", mg11(URN, "DRAKE, Ellie", "14 (dob on rear)", "School pupil", "21/08/2026", [
        "This statement was taken with my mum Claire DRAKE present.",
        "Skye MORROW is my best friend. On Thursday 20 August 2026 at lunch at Calderbrook Academy summer club she showed me her phone. There was a Snapchat from someone called Liam saying he wanted more pics and to meet her on Saturday. She told me she had sent him pictures with her top off because he kept asking. She said he was 17 but I said he looked older in his picture.",
        "I told Mr HAYES our form tutor after lunch because I was worried about her meeting him."], sig="Signature: E Drake    Parent: C Drake", style="A"))
    emit(F, "PC WALSH statement.pdf", "pdf", mg11(URN, "WALSH, Daniel", "Over 18", "PC 3318, Schools Liaison", "20/08/2026", [
        "On Thursday 20 August 2026 at 13:40 I was called to Calderbrook Academy by the designated safeguarding lead following a report from a pupil. I was the first officer to attend.",
        "I spoke to Skye MORROW with her mother Nina present. I asked only enough to understand the risk: Skye said a man called Liam she had met on Snapchat had asked for photos and wanted to meet her on Saturday at the bus station. I did not look at her phone. I advised her mother to keep the phone safe and switched off, raised incident CB-20260820-0412 and the crime report, and handed over to the CSE team at 15:10."], sig="Signature: [signed] D Walsh PC 3318", style="A"), head=None)
    emit(F, "DFU extraction report AS4.pdf", "pdf", [("title", "Calderbrook Police Digital Forensic Unit - Extraction report"),
        ("kv", [("Lab ref", "DFU/26/1187"), ("URN", URN), ("Exhibit", "AS/4 Apple iPhone 13, IMEI 356938110042775 (owner: Skye MORROW)"),
                ("Authority", "Digital Processing Notice signed 21/08/2026 (victim/witness); scope as below"),
                ("Scope", "Selective logical extraction: Snapchat and Instagram conversations with user 'liam_fx17' only, incl. media in those chats, 01/05/2026 - 20/08/2026"),
                ("Examiner", "Mr Tariq BELL, Digital Forensic Examiner"), ("Date", "25/08/2026")]),
        ("p", "Result: 1,214 Snapchat messages (saved chat) and 386 Instagram DMs in scope; 4 images sent by the device owner (30/07, 02/08, 09/08, 14/08/2026); 11 images received. Out-of-scope data was filtered at acquisition and not retained. The full report (Cellebrite-style PDF, 212 pages) is held by the DFU; the relevant extracts are produced as TB/1."),
        ("table", ["Date/time (UTC)", "From", "Message"], [["2026-05-04 19:12", "skye.mrw", "im 14 lol, year 9"], ["2026-05-04 19:13", "liam_fx17", "age is a number x"],
                                                            ["2026-07-30 22:41", "liam_fx17", "send one more then ill stop asking"], ["2026-08-19 21:05", "liam_fx17", "sat at the bus station yeh? dont tell ur mum"]], (22, 18, 60))], head=None)
    emit(F, "DPN - MORROW iPhone13.pdf", "pdf", [("title", "Digital Processing Notice (victim / witness)"),
        ("kv", [("URN / crime ref", URN + " / CB-CR-26-73151"), ("Device owner", "Skye MORROW (14) - notice explained to her and to her mother Nina MORROW, who holds parental responsibility"),
                ("Device", "Apple iPhone 13, black, IMEI 356938110042775, passcode provided by owner"),
                ("Reasonable line of enquiry", "Skye says a man using 'liam_fx17' asked her for and received sexual images and sent sexual messages; the messages are the primary evidence of the offences and of what she told him about her age."),
                ("What will be extracted", "Only Snapchat and Instagram conversations with 'liam_fx17' and media within them, 01/05/2026 to 20/08/2026"),
                ("What will not be examined", "All other apps, contacts, photos outside those chats, browsing, location history"),
                ("Retention / return", "Device returned within 7 days; extracted data held for the case and reviewed by the OIC; out-of-scope data deleted"),
                ("Agreement", "I have read/been told what this means and agree: S Morrow  /  N Morrow (parent)   21/08/2026 17:20"),
                ("Officer", "DC 7012 STROUD")])], head=H, foot=FT)
    emit(F, "MG15 FROST 270826.pdf", "pdf", [("title", "MG15 - Record of interview"), ("p", f"URN {URN}. Liam Robert FROST. 27/08/2026 16:05-16:31, Calderbrook custody. DC STROUD, DC 1420 OAKES. Solicitor Mr P LANG."),
        ("p", "Prepared statement read by solicitor (exhibit AS/6): 'The Snapchat account liam_fx17 is mine. I believed Skye was 16 because of how she looked and spoke. I did not pressure her into sending pictures; she sent them herself. I never met her.'"),
        ("p", "Thereafter FROST answered 'no comment' to all questions, including the 04/05/2026 message ('im 14 lol, year 9') and his reply.")], head=H, foot=FT)
    emit(F, "PNC FROST.pdf", "pdf", pnc("FROST, LIAM ROBERT", "17/04/2002", "20/0551903D", "7012 STROUD", "2026-08-28", []))
    emit(F, "Witness convictions check.pdf", "pdf", [("title", "PNC checks on prosecution witnesses"), ("p", f"URN {URN} - 28/08/2026"),
        ("p", "Skye MORROW - no trace. Ellie DRAKE - no trace. Nina MORROW - no trace. PC 3318 WALSH, DC 7012 STROUD - officers, nothing recorded. Tariq BELL (DFU) - civilian examiner, no trace.")], head=H, foot=FT)
    emit(F, "CAD CB-20260820-0412.pdf", "pdf", [("mono", "CALDERBROOK POLICE - INCIDENT CB-20260820-0412\n2026-08-20 13:31 CALL FROM DSL CALDERBROOK ACADEMY: YEAR 10 FEMALE PUPIL DISCLOSED TO FRIEND ONLINE MALE 'LIAM' REQUESTING INDECENT IMAGES, ARRANGED MEET SAT 22/08 AT BUS STN.\n2026-08-20 13:35 PC 3318 DEPLOYED\n2026-08-20 13:58 PC 3318 ON SCENE\n2026-08-20 15:10 CSE TEAM ACCEPTED. CRIME CB-CR-26-73151\n2026-08-20 15:12 CLOSED")])
    emit(F, "Crime report CB-CR-26-73151.pdf", "pdf", [("title", "ORBIT - Crime report CB-CR-26-73151"),
        ("kv", [("Offence", "Sexual communication with a child; causing/inciting child 13-15 to engage in sexual activity"), ("Victim", "Skye MORROW, F, 14"),
                ("Suspect", "FROST, Liam Robert (identified 2026-08-26 via Snap Inc. return)"), ("First complaint", "To Ellie DRAKE 20/08/2026, then school DSL"), ("OIC", "DC 7012 STROUD")])], head=H, foot=FT)
    emit(F, "MG6C_0731526.pdf", "pdf", sched("MG6C - Schedule of non-sensitive unused material", URN, "FROST", "DC 7012 STROUD", ["#", "Description", "Remarks"], [
        ["1", "CAD CB-20260820-0412 (copy with file)", ""], ["2", "Crime report CB-CR-26-73151 (copy with file)", ""],
        ["3", "Calderbrook Academy DSL email to police 20/08/2026 13:29 summarising Ellie DRAKE's report", ""],
        ["4", "ABE interview plan, DC STROUD, 21/08/2026", ""], ["5", "Snap Inc. subscriber return for 'liam_fx17' dated 26/08/2026", ""],
        ["6", "DFU submission form for AS/4 with scope, 21/08/2026", ""], ["7", "Custody record FROST 27/08/2026", ""],
        ["8", "PNB PC 3318 WALSH 20/08/2026 pp.12-14", ""]], (6, 74, 20)), head=H, foot=FT)
    emit(F, "MG6D_0731526.pdf", "pdf", sched("MG6D - Schedule of sensitive material", URN, "FROST", "DC 7012 STROUD", ["#", "Description", "Reason"], [
        ["1", "Strategy discussion minutes, Calderbrook Children's Services 21/08/2026", "Multi-agency child protection record"],
        ["2", "Complainant's date of birth, address and school details", "Personal data of a child witness"]], (6, 60, 34)), head=H, foot=FT)
    emit(F, "MG12_0731526.pdf", "pdf", [("title", "MG12 Exhibit list"), ("p", f"URN {URN}"), ("table", ["Ref", "Description", "Statement of"], [
        ["AS/1", "ABE master recording, Skye MORROW, 22/08/2026", "DC STROUD"], ["AS/2", "ABE working copy", "DC STROUD"],
        ["AS/3", "Screenshot of Skye's Instagram profile 21/08/2026", "DC STROUD"], ["AS/4", "Apple iPhone 13 IMEI 356938110042775", "DC STROUD"],
        ["AS/5", "Samsung S23 seized from FROST", "DC STROUD"], ["AS/6", "Prepared statement of FROST", "DC STROUD"],
        ["TB/1", "Extracts from extraction report DFU/26/1187", "T BELL (statement to follow with DFU report on AS/5, target 2026-11-13)"]], (12, 58, 30))], head=H, foot=FT)
    docs = [{"name": "MG3_MORROW_form.pdf", "type": "MG3"}, {"name": "ABE Skye 22-08-2026.mp4", "type": "ABE_RECORDING"},
            {"name": "ABE summary MORROW.pdf", "type": "ABE_SUMMARY"}, {"name": "MG11 DC STROUD.pdf", "type": "MG11", "role": "officer"},
            {"name": "Ellie DRAKE MG11.docx", "type": "MG11", "role": "first_account"}, {"name": "PC WALSH statement.pdf", "type": "MG11", "role": "officer"},
            {"name": "DFU extraction report AS4.pdf", "type": "DIGITAL_EXTRACT"}, {"name": "DPN - MORROW iPhone13.pdf", "type": "DPN"},
            {"name": "MG15 FROST 270826.pdf", "type": "ROTI"}, {"name": "PNC FROST.pdf", "type": "PNC"}, {"name": "Witness convictions check.pdf", "type": "PNC"},
            {"name": "CAD CB-20260820-0412.pdf", "type": "INCIDENT_LOG"}, {"name": "Crime report CB-CR-26-73151.pdf", "type": "CRIME_REPORT"},
            {"name": "MG6C_0731526.pdf", "type": "MG6C"}, {"name": "MG6D_0731526.pdf", "type": "MG6D"}, {"name": "MG12_0731526.pdf", "type": "MG12"}]
    expected(out, name, 0, ["MG3", "ABE_RECORDING", "ABE_SUMMARY", "MG11", "DIGITAL_EXTRACT", "DPN", "ROTI", "PNC", "INCIDENT_LOG", "CRIME_REPORT", "MG6C", "MG6D", "MG12"], [],
             ["mg3_present", "test_sought", "early_advice", "oic_contact", "lines_of_enquiry", "suspect_account", "outstanding_dated",
              "complainant_account", "abe_recording", "abe_summary", "abe_exhibited", "abe_plan", "key_statements", "officer_statement", "signed",
              "suspect_interview", "previous_convictions", "witness_convictions", "mg6c", "mg6d", "schedule_descriptions", "rebuttable_presumption",
              "dig_dpn", "dig_prop", "digital_proportionality", "multimedia", "exhibits", "forensic_medical", "special_measures", "victim_care",
              "files_readable", "one_urn", "third_party_request", "third_party_notice"], docs)


# ================================================================ CASE 04
def case04(out):
    """Two suspects, house party, ABE, SARC, forensics partly outstanding; MG3 as Word table with labels above values. Compliant."""
    name = "SF0125626 PRICE (2 susp)"
    F = os.path.join(out, name); os.makedirs(F)
    URN = "39SF0125626"
    H = "BEACON | Stourmere & Fenn Constabulary | Case " + URN
    FT = "BEACON print - OFFICIAL-SENSITIVE when complete - page {n}"
    mg3 = [("p", "Stourmere & Fenn Constabulary  -  BEACON  -  Form MG3"),
           ("above", [
               ("URN", URN),
               ("REPORT TO CROWN PROSECUTOR FOR CHARGING DECISION - decision sought", "Full Code Test for both suspects. Outstanding forensic results (below) are not expected to change the decision on BLAKE; a decision on TOLLAND may be deferred until his DNA result if the lawyer prefers."),
               ("Suspect 1", "BLAKE, Connor James, 21 (dob 09/01/2005) - rape (s.1 SOA 2003)"),
               ("Suspect 2", "TOLLAND, Reece Aaron, 20 (dob 30/11/2005) - rape (s.1 SOA 2003); alternatively assault by penetration (s.2)"),
               ("Complainant", "PRICE, Hannah (19), student"),
               ("OIC and contact", "DC 2741 Marcus QUAYLE - 01632 960256 - marcus.quayle@stourfenn.police.example"),
               ("Summary of facts", "On the night of 14-15 June 2026 Hannah went to a house party at 22 Marram Way, Fenn, hosted by Jordan OKAFOR. She drank heavily. At around 02:30 she went upstairs to lie down in the back bedroom. She says she woke to find BLAKE having sex with her and TOLLAND in the room; she could not move her arms properly, told them 'no' and tried to roll away; after BLAKE left TOLLAND put his fingers and then his penis into her vagina. She left the house at about 04:00 and at 04:12 texted her friend Chloe AMES 'something really bad happened at jordans i think they raped me'. She told Chloe in person at 09:30 and reported to police by 101 at 13:05 on 15/06/2026. PC 1893 STYLES attended her home. Her ABE interview took place on 16/06/2026."),
               ("Suspects' accounts", "BLAKE (interviewed 17/06/2026): accepts sex with Hannah, says it was consensual, she kissed him on the landing and led him to the bedroom; TOLLAND was not in the room. TOLLAND (interviewed 17/06/2026): denies any sexual contact with Hannah; says he was downstairs all night and went home at 03:30. Both accounts are in the ROTIs attached."),
               ("Reasonable lines of enquiry, including those pointing away from the suspects", "1. Party witnesses: host Jordan OKAFOR (statement) saw Hannah 'very drunk, couldn't walk straight' at 02:20 and saw BLAKE and TOLLAND go upstairs together at about 02:40. 13 other guests identified; 11 spoken to, 9 saw nothing relevant (PNB entries on MG6C), 2 declined to give statements - MG6C item 9.\n2. Consent/capacity: toxicology on SARC blood sample and back-calculation requested (outstanding).\n3. Points away from TOLLAND: his account that he left at 03:30 - Fenn Cabs records obtained: booking in his name from Marram Way at 04:05, not 03:30; doorbell camera at No. 20 (neighbour) shows two males leaving at 04:07 (clip reviewed, too dark to identify; item 7 MG6C).\n4. Points away from BLAKE: the suggested kiss on the landing - OKAFOR and the two guests who gave accounts did not see it; BLAKE named no-one who did.\n5. Digital: Hannah's phone not examined. Her 04:12 text is on Chloe AMES's phone and was photographed by DC QUAYLE with Chloe's agreement (MQ/4). Neither suspect is said to have communicated with Hannah before or after. Suspects' phones seized on arrest and examined for messages between the two of them on 15/06/2026 only: BLAKE to TOLLAND 05:11 'say nothing bro'. Report on MG6C item 6; extract MQ/6.\n6. Not pursued: Hannah's social media and medical history - no basis to think relevant; no third-party requests made."),
               ("Forensic and medical", "Hannah attended Fennbridge SARC 15/06/2026 17:30, examined by Dr Alan CORBETT (FME). She signed consent to the examination and to release of the SARC notes and FME statement to police and CPS. Swabs submitted 16/06/2026 (MG21). Results: SFR1 (attached) - semen on high vaginal swab, DNA profile matches BLAKE. No semen identified from TOLLAND; Y-STR testing of the low vaginal swab for a second male is outstanding."),
               ("Outstanding evidence and target dates", "a) Y-STR analysis of LVS (TOLLAND) - Fennbridge Forensic Services - target 6 Nov 2026.\nb) Toxicology back-calculation (blood alcohol at 02:30-04:00) - target 30 Oct 2026."),
               ("Special measures", "MG2 attached: ABE as evidence-in-chief, screens, s.28 pre-recorded cross-examination - Hannah wants s.28. Not assessed as needing an intermediary (no communication need)."),
               ("Victim needs / VPS / ISVA", "Hannah has a diagnosis of anxiety and needs breaks; Witness Care told. ISVA referral 15/06/2026 to Fenn Sexual Violence Support (ISVA Rosa MENDES). VPS offered 16/06/2026; she wants to make it later - recorded on BEACON, to be re-offered at charge."),
               ("Bail", "Both on pre-charge bail to 17/12/2026. Conditions: no contact with Hannah PRICE, Chloe AMES or each other; not to enter Fenn Street (Hannah's road)."),
               ("Early advice", "Early advice was not sought: both suspects were arrested and interviewed within three days and the remaining work is laboratory work only."),
               ("Disclosure", "MG6C, MG6D and DMD attached. The text on Chloe's phone, the 101 call log, the crime report and the first-account statement are with the file."),
               ("Supervisor endorsement", "DS 0614 Ruth GARVEY, 13/10/2026 - agreed.")])]
    emit(F, "MG3 - PRICE.docx", "docx", mg3, head=H, foot="OFFICIAL-SENSITIVE when complete")
    emit(F, "VRI PRICE H 160626.mp4", "video", seconds=5, label="FENN VRI 16-06-2026 11:02")
    emit(F, "VRI PRICE index.pdf", "pdf", [("title", "Index of video recorded interview"),
        ("kv", [("URN", URN), ("Witness", "Hannah PRICE"), ("Date", "16/06/2026 11:02-12:20"), ("Interviewing officer", "DC 3005 Lauren FIFE"), ("Exhibit", "LF/1")]),
        ("table", ["Time", "Topic"], [["00:02", "Introductions, explanation of recording"], ["00:07", "Free account: the party, drinks (approx. 6 vodka mixers and shots)"],
                                      ["00:21", "Going upstairs to lie down, waking with BLAKE on top of her"], ["00:33", "TOLLAND in the room; digital then penile penetration"],
                                      ["00:49", "Leaving, the text to Chloe, going home"], ["01:02", "Clarification: lighting, who said what, her ability to move"], ["01:16", "Closure"]], (20, 80))], head=H, foot=FT)
    emit(F, "MG11 FIFE.pdf", "pdf", mg11(URN, "FIFE, Lauren", "Over 18", "DC 3005", "16/06/2026", [
        "On Tuesday 16th June 2026 at 11:02 I conducted a video-recorded interview with Hannah PRICE at the Fenn VRI suite. It ended at 12:20.",
        "I now produce the master recording as exhibit LF/1 and a working copy as LF/2. An index of the interview has been prepared.",
        "The interview followed a written ABE plan agreed with DS GARVEY on 15/06/2026."], sig="Signature: [signed]", style="A"), head=H, foot=FT)
    emit(F, "Chloe AMES.pdf", "pdf", mg11(URN, "AMES, Chloe", "Over 18", "Student", "16/06/2026", [
        "Hannah PRICE is my closest friend from university. At 04:12 on Monday 15th June 2026 I got a text from her which said 'something really bad happened at jordans i think they raped me'. I was asleep and saw it at 8.40am.",
        "I went to her house at about 9.30am. She was in bed and had been crying. She told me she had gone upstairs at Jordan's to sleep and woke up with Connor on top of her having sex with her, and that Reece was there too and 'did stuff' after Connor. She said she kept saying no. I told her to call the police.",
        "DC QUAYLE photographed the message on my phone with my permission on 16 June."], sig="Signature: C Ames", style="B"), head=H, foot=FT)
    emit(F, "MG11 PC STYLES 1893.docx", "docx", mg11(URN, "STYLES, Gemma", "Over 18", "PC 1893", "15/06/2026", [
        "On Monday 15 June 2026 at 13:40 I attended 8 Fenn Street following a 101 call by Hannah PRICE (log 0415-150626). I was the first officer to see her. My BWV was not activated as the contact was a planned first-account visit on her request; I recorded her account in my PNB.",
        "Hannah told me she had been raped by two men at a party at 22 Marram Way the night before and named them as Connor and Reece. I arranged her SARC appointment and secured the clothing she had worn, a blue dress and underwear, which I produce as GS/1 and GS/2."], sig="Signature: (Sgd) G STYLES PC1893", style="A"))
    emit(F, "Jordan OKAFOR.docx", "docx", mg11(URN, "OKAFOR, Jordan", "Over 18", "Warehouse operative", "18/06/2026", [
        "I live at 22 Marram Way. On 14 June 2026 I had about 20 people round. At about 2.20am I saw Hannah PRICE in the kitchen; she was very drunk and couldn't walk straight. She said she was going to lie down.",
        "About 20 minutes later I saw Connor BLAKE and Reece TOLLAND go upstairs together. I didn't see them come down. I went to bed at about 4.30am."], sig="Signature: J Okafor", style="C"))
    emit(F, "Dr CORBETT FME statement.pdf", "pdf", mg11(URN, "Dr Alan CORBETT", "Over 18", "Forensic physician (FME), Fennbridge SARC", "22/06/2026", [
        "I am a forensic physician with 14 years' experience. On 15/06/2026 at 17:30 I examined Hannah PRICE at Fennbridge SARC with her written consent, including consent to release my notes and this statement to the police and CPS.",
        "I found a 2 cm bruise on the inner left upper arm and tenderness of both wrists. Genital examination showed a small superficial abrasion at the posterior fourchette. These findings are consistent with, but not diagnostic of, the account given.",
        "I took HVS, LVS, external and mouth swabs, blood and urine samples, which I handed to PC STYLES and which she has exhibited as AC/1 to AC/6."], sig="Signature: A Corbett", style="B"), head=None)
    emit(F, "SFR1 Fennbridge FS-26-4471.pdf", "pdf", [("title", "Streamlined Forensic Report (SFR1)"),
        ("kv", [("URN", URN), ("Lab ref", "FFS/26/4471"), ("Scientist", "Dr Imogen TRELAWNEY"), ("Date", "29/09/2026")]),
        ("p", "Semen was identified on the high vaginal swab (AC/1). A DNA profile obtained from the sperm fraction matches the reference sample of Connor James BLAKE (MQ/8). The probability of a match if the DNA came from an unknown unrelated person is less than one in a billion."),
        ("p", "No male DNA other than BLAKE's was detected by standard profiling. Y-STR analysis of the low vaginal swab (AC/2) is in progress; expected by 06/11/2026.")], head=None)
    emit(F, "SARC consent form.pdf", "pdf", [("title", "Fennbridge SARC - consent to examination and release"),
        ("p", f"Client: Hannah PRICE   Date: 15/06/2026   Police ref {URN}"),
        ("check", [(True, "I consent to a forensic medical examination"), (True, "I consent to samples being taken and given to the police"),
                   (True, "I consent to my SARC notes and the doctor's statement being released to the police and CPS for this case"),
                   (False, "I do not want my GP told")], "x"),
        ("p", "Signed: H Price     Witnessed: Dr A Corbett")], head=None)
    for who, nm, dob, pid, t in [("BLAKE", "Connor James BLAKE", "09/01/2005", "23/0144071K", "consensual"), ("TOLLAND", "Reece Aaron TOLLAND", "30/11/2005", "23/0180022M", "denial")]:
        if who == "BLAKE":
            rows = [["11:03", "DC QUAYLE", "Caution; legal rep Ms D PATEL present"], ["11:08", "BLAKE", "Accepts sex with Hannah in the back bedroom around 3am"],
                    ["11:15", "BLAKE", "'She kissed me on the landing and took me in there. She was up for it.'"], ["11:31", "BLAKE", "Reece was not in the room. Doesn't know where he was."],
                    ["11:40", "DC QUAYLE", "Puts the 05:11 message 'say nothing bro'"], ["11:41", "BLAKE", "'It meant don't gossip about me and her.'"], ["11:52", "", "End"]]
        else:
            rows = [["14:20", "DC QUAYLE", "Caution; legal rep Mr O KHAN present"], ["14:26", "TOLLAND", "Downstairs all night, left 03:30 by taxi"],
                    ["14:38", "TOLLAND", "Denies going upstairs with BLAKE, denies any contact with Hannah"], ["14:50", "DC QUAYLE", "Puts taxi booking 04:05"],
                    ["14:51", "TOLLAND", "'Might have been later, I was drunk.'"], ["15:04", "", "End"]]
        emit(F, f"ROTI {who}.pdf", "pdf", [("title", "Record of Taped Interview"), ("p", f"URN {URN}.  {nm}.  17/06/2026, Stourmere custody suite.  DC 2741 QUAYLE / DC 3005 FIFE."),
                                           ("table", ["Time", "Speaker", "Content"], rows, (15, 20, 65))], head=H, foot=FT)
    emit(F, "PNC BLAKE.pdf", "pdf", pnc("BLAKE, CONNOR JAMES", "09/01/2005", "23/0144071K", "2741 QUAYLE", "17/06/2026", []))
    emit(F, "PNC TOLLAND.pdf", "pdf", pnc("TOLLAND, REECE AARON", "30/11/2005", "23/0180022M", "2741 QUAYLE", "17/06/2026",
        ["02/05/2023 STOURMERE MAGISTRATES  ASSAULT BY BEATING (CJA 1988 S.39)  COMMUNITY ORDER 12 MTHS, 80 HRS UNPAID WORK"]))
    emit(F, "IMG_2231.jpg", "jpg", [("title", "Witness PNC checks"), ("p", f"URN {URN}   date 18/06/26   by DC 2741 QUAYLE"),
        ("p", "PRICE, Hannah - no trace\nAMES, Chloe - no trace\nOKAFOR, Jordan - no trace\nCORBETT, Alan (FME) - no trace\nSTYLES / FIFE / QUAYLE - officers, nil"),
        ("p", "Checked and nil returns confirmed. M. Quayle")], angle=2.5)
    emit(F, "101 log 0415-150626.pdf", "pdf", [("mono", "STOURMERE & FENN - CONTACT MANAGEMENT LOG 0415-150626\n15/06/2026 13:05 101 CALL. FEMALE 19 REPORTS RAPE BY TWO MALES AT HOUSE PARTY 22 MARRAM WAY FENN OVERNIGHT. NAMES CONNOR + REECE. AT HOME 8 FENN ST. NOT INJURED. HAS NOT SHOWERED.\n13:09 GRADED PRIORITY. EVIDENCE PRESERVATION ADVICE GIVEN.\n13:14 PC 1893 ALLOCATED\n13:40 PC 1893 ON SCENE\n15:20 SARC BOOKED 17:30\n15:35 CRIME SF/CR/26/012561 CREATED")])
    emit(F, "Crime report SF-CR-26-012561.pdf", "pdf", [("title", "BEACON crime report SF/CR/26/012561"),
        ("kv", [("Offence", "Rape of female 16+ (x2 offenders)"), ("Date", "15/06/2026 02:30-04:00"), ("Location", "22 Marram Way, Fenn"), ("Victim", "PRICE, Hannah, F, 19"),
                ("Suspects", "BLAKE, Connor James; TOLLAND, Reece Aaron"), ("First complaint", "Text to Chloe AMES 04:12; in person 09:30; 101 call 13:05")])], head=H, foot=FT)
    emit(F, "MG2 PRICE.pdf", "pdf", [("title", "MG2 Special Measures Assessment"), ("p", f"URN {URN}  Witness: Hannah PRICE  Assessed 16/06/2026 DC FIFE"),
        ("check", [(True, "s.17(4) complainant in a sexual offence - eligible"), (True, "s.27 video recorded evidence in chief"), (True, "s.28 pre-recorded cross-examination - witness wants this"),
                   (True, "s.23 screens"), (False, "s.29 intermediary - no communication need identified")], "x"),
        ("p", "Witness needs: anxiety - regular breaks; a supporter in the live-link room. ISVA Rosa MENDES.")], head=H, foot=FT)
    emit(F, "MG6C PRICE.pdf", "pdf", sched("Police schedule of non-sensitive unused material", URN, "BLAKE and TOLLAND", "DC 2741 QUAYLE", ["No", "Description", "Location"], [
        ["1", "101 contact log 0415-150626 (copy with file)", "BEACON"], ["2", "Crime report SF/CR/26/012561 (copy with file)", "BEACON"],
        ["3", "ABE interview plan for Hannah PRICE, DC FIFE, 15/06/2026", "OIC"], ["4", "PNB PC STYLES 15/06/2026 pp 40-44: Hannah's first account to police", "Stourmere property"],
        ["5", "MG21 forensic submission 16/06/2026", "OIC"], ["6", "Download report - BLAKE and TOLLAND phones, messages between them 15/06/2026 only", "DFU"],
        ["7", "Doorbell camera clip, 20 Marram Way, 04:06-04:09 15/06/2026 - two males leaving, unidentifiable", "OIC"],
        ["8", "Fenn Cabs booking record, TOLLAND, 04:05 15/06/2026", "OIC"],
        ["9", "PNB entries DC QUAYLE 18-24/06/2026: accounts of 11 party guests (9 saw nothing relevant; 2 declined statements)", "OIC"],
        ["10", "Custody records BLAKE and TOLLAND 17/06/2026", "Custody"]] + [[str(11 + i), f"House-to-house proforma, Marram Way no. {n}, visited 16-18/06/2026: occupants heard and saw nothing relevant", "OIC"] for i, n in enumerate([k for k in range(1, 75) if k not in (20, 22)])],
        (8, 70, 22)), head=H, foot=FT)
    emit(F, "MG6D PRICE.pdf", "pdf", sched("Police schedule of sensitive material", URN, "BLAKE and TOLLAND", "DC 2741 QUAYLE", ["No", "Description", "Reason"], [
        ["1", "SARC referral form and medical history section of SARC notes for Hannah PRICE", "Confidential medical information"],
        ["2", "Hannah PRICE's home address and phone number (8 Fenn Street)", "Personal data"]], (8, 60, 32)), head=H, foot=FT)
    emit(F, "DMD PRICE.pdf", "pdf", [("title", "Disclosure Management Document"), ("p", f"URN {URN}. DC QUAYLE / DS GARVEY, 13/10/2026."),
        ("p", "Reasonable lines of enquiry pursued are set out in the MG3. Digital strategy: complainant's device not taken (the relevant message is on the witness's phone); suspects' phones examined for messages between them on 15/06/2026, keyword and date filtering; no other data reviewed. Third-party material: none sought. Unused material is scheduled on the MG6C/MG6D.")], head=H, foot=FT)
    emit(F, "MG12 PRICE.pdf", "pdf", [("title", "MG12 Exhibit list"), ("p", f"URN {URN}"), ("table", ["Exhibit", "Description", "Producer"], [
        ["LF/1", "ABE master recording, Hannah PRICE 16/06/2026", "DC FIFE"], ["LF/2", "ABE working copy", "DC FIFE"], ["GS/1", "Blue dress", "PC STYLES"], ["GS/2", "Underwear", "PC STYLES"],
        ["AC/1-AC/6", "SARC swabs and samples", "Dr CORBETT / PC STYLES"], ["MQ/4", "Photographs of Chloe AMES's phone showing 04:12 text", "DC QUAYLE"],
        ["MQ/6", "Extract of message BLAKE to TOLLAND 05:11 15/06/2026", "DC QUAYLE"], ["MQ/8", "Reference DNA sample BLAKE", "DC QUAYLE"]], (15, 60, 25))], head=H, foot=FT)
    docs = [{"name": "MG3 - PRICE.docx", "type": "MG3"}, {"name": "VRI PRICE H 160626.mp4", "type": "ABE_RECORDING"}, {"name": "VRI PRICE index.pdf", "type": "ABE_SUMMARY"},
            {"name": "MG11 FIFE.pdf", "type": "MG11", "role": "officer"}, {"name": "Chloe AMES.pdf", "type": "MG11", "role": "first_account"},
            {"name": "MG11 PC STYLES 1893.docx", "type": "MG11", "role": "officer"}, {"name": "Jordan OKAFOR.docx", "type": "MG11", "role": "witness"},
            {"name": "Dr CORBETT FME statement.pdf", "type": ["MG11", "MEDICAL"], "role": "expert"}, {"name": "SFR1 Fennbridge FS-26-4471.pdf", "type": "FORENSIC"},
            {"name": "SARC consent form.pdf", "type": ["MEDICAL", "OTHER"]}, {"name": "ROTI BLAKE.pdf", "type": "ROTI"}, {"name": "ROTI TOLLAND.pdf", "type": "ROTI"},
            {"name": "PNC BLAKE.pdf", "type": "PNC"}, {"name": "PNC TOLLAND.pdf", "type": "PNC"}, {"name": "IMG_2231.jpg", "type": "PNC"},
            {"name": "101 log 0415-150626.pdf", "type": "INCIDENT_LOG"}, {"name": "Crime report SF-CR-26-012561.pdf", "type": "CRIME_REPORT"},
            {"name": "MG2 PRICE.pdf", "type": "MG2"}, {"name": "MG6C PRICE.pdf", "type": "MG6C"}, {"name": "MG6D PRICE.pdf", "type": "MG6D"},
            {"name": "DMD PRICE.pdf", "type": "DMD"}, {"name": "MG12 PRICE.pdf", "type": "MG12"}]
    expected(out, name, 0, ["MG3", "ABE_RECORDING", "ABE_SUMMARY", "MG11", "FORENSIC", "ROTI", "PNC", "INCIDENT_LOG", "CRIME_REPORT", "MG2", "MG6C", "MG6D", "DMD", "MG12"], [],
             ["mg3_present", "test_sought", "early_advice", "oic_contact", "lines_of_enquiry", "suspect_account", "outstanding_dated", "complainant_account",
              "abe_recording", "abe_summary", "abe_exhibited", "abe_plan", "key_statements", "officer_statement", "signed", "suspect_interview",
              "previous_convictions", "witness_convictions", "mg6c", "mg6d", "dmd", "schedule_descriptions", "rebuttable_presumption", "dig_dpn", "dig_prop",
              "multimedia", "exhibits", "forensic_medical", "special_measures", "victim_care", "files_readable", "one_urn", "third_party_request", "third_party_notice"], docs)


# ================================================================ CASE 05
def case05(out):
    """Stranger rape, CCTV + BWV, DNA; MG3 as RTF. Compliant."""
    name = "TR_KESTREL_0860326_VOSS"
    F = os.path.join(out, name); os.makedirs(F)
    URN = "02TR0860326"
    H = "THAMESREACH POLICE  /  KESTREL RMS  /  URN: " + URN
    FT = "Kestrel document print   {n}/{nb}   OFFICIAL - SENSITIVE"
    mg3 = [("p", "Thamesreach Police - Major Crime (Sexual Offences) - KESTREL"),
           ("title", "REPORT TO CROWN PROSECUTOR FOR CHARGING DECISION (MG3)"),
           ("kv", [("URN", URN), ("Suspect", "MARSDEN, Kyle Dean, 33"), ("Victim", "VOSS, Danielle, 27"), ("Offence", "Rape (s.1 SOA 2003), Quarry Lane, Thamesreach, 02/09/2026 c.01:30"),
                   ("Test", "Full Code Test requested"), ("OIC", "DC 4410 Femi ADEBAYO  Tel 01632 960860  femi.adebayo@thamesreach.police.example"),
                   ("Suspect status", "On pre-charge bail to 30/11/2026, conditions: reside at 41 Barge Walk, curfew 21:00-06:00, not to enter the Quarry Lane/Mill Street area.")]),
        ("h", "Facts"), ("p", "Danielle walked home alone from the Lock Tavern at 01:15 on 2 Sept 2026. On Mill Street she noticed a man walking behind her. As she turned into Quarry Lane he grabbed her from behind, pulled her into the alley behind the garages, pushed her face down and raped her vaginally. He ran towards Mill Street. At 01:44 she flagged down a marked patrol car (PC 2650 HUGHES, PC 1177 LINDQVIST) on Riverside Road and told PC HUGHES she had been raped by a man she did not know. This is her first account and is on PC HUGHES's BWV, attached."),
        ("h", "Identification"), ("p", "Council CCTV camera TR-MS-07 on Mill Street shows Danielle at 01:21:40 and a man in a light grey hooded top following 15 m behind; the same camera shows a man in similar clothing running back along Mill Street at 01:38:05. Clip attached (produced by CCTV officer Ms Joanne PIERCE). Intimate swabs gave a full DNA profile which produced an NDNAD match to Kyle MARSDEN on 10/09/2026 (SFR1 attached). He was arrested 11/09/2026; a grey hooded top was found in his flat."),
        ("h", "No CCTV on Quarry Lane"), ("p", "No CCTV exists on Quarry Lane or the garage alley - checked 03/09 by DC ADEBAYO (camera survey and house-to-house of all 22 premises). This is recorded on the MG6C."),
        ("h", "Suspect account"), ("p", "Interviewed 11/09/2026. Prepared statement: he was walking home from a friend's in Mill Street, met a woman who asked him for a cigarette, they 'got together' behind the garages by mutual agreement and he left. Then no comment. Defence is consent."),
        ("h", "Lines of enquiry"), ("p", "- The friend MARSDEN named (Lee PARFITT) - statement taken: MARSDEN left his flat at about 01:10, 'a bit drunk'. Consistent with the CCTV timing.\n- Pointing away: a second male appears on the TR-MS-07 footage at 01:26 walking the other way; identified as a local resident (Mr B. ODUYA) who was spoken to - he saw nothing, and his DNA was not required as the NDNAD match explains the profile. Recorded on the MG6C.\n- Her route and timing: Lock Tavern till receipt 01:12 and the pub's staff confirm she left alone at about 01:15 (MG6C item 4).\n- Her phone: not examined. She did not know the suspect, had no contact with him, and her movements are established by CCTV. She has been told it will not be taken.\n- Identification procedure: not held - she did not see the attacker's face and the identification rests on DNA and CCTV.\n- Cell-site for MARSDEN's phone to place it on Mill Street - outstanding."),
        ("h", "Forensic / medical"), ("p", "Thamesreach SARC 02/09/2026 04:30, Dr Helen ACHTERBERG. Consent to examination and release of notes and statement recorded on the SARC consent form (attached). Grazes to both knees and the left cheek; FME statement attached. DNA SFR1 attached. Fibre comparison of the grey top is not being pursued: the suspect admits the contact."),
        ("h", "Outstanding"), ("table", ["Enquiry", "Responsible", "Target"], [["Cell-site analysis of MARSDEN's phone 00:30-02:30 02/09/2026", "Force analyst R. KEMP", "2026-11-20"]], (60, 20, 20)),
        ("h", "Victim"), ("p", "MG2 considered on this MG3: Danielle is eligible under s.17(4). She wants her ABE as evidence-in-chief, screens, and s.28 pre-recorded cross-examination (explained to her 05/09/2026, she wants it). No intermediary needed - no communication difficulties. Needs: none beyond regular updates; she has asked for a female officer as point of contact (DC Anya KOVAC). ISVA referral made 02/09/2026 (Thamesreach SV Hub). VPS offered on 05/09/2026 - she made one (attached)."),
        ("h", "Early advice"), ("p", "Early advice sought 14/09/2026 from CPS RASSO (Mr D. LEVENTIS) on whether to wait for cell-site; advised submit for FCT with cell-site outstanding."),
        ("h", "Disclosure"), ("p", "MG6C and MG6D attached. Disclosure strategy: no complainant digital material; suspect phone cell-site only."),
        ("p", "Submitted by DC 4410 ADEBAYO 14/10/2026. Supervisor: DS 3021 Grace OKONJO, endorsed 15/10/2026.")]
    emit(F, "MG3 VOSS.rtf", "rtf", mg3, head="THAMESREACH POLICE - OFFICIAL-SENSITIVE - " + URN)
    emit(F, "ABE DV 030926.mp4", "video", seconds=4, label="TR SARC VRI 03/09/2026")
    emit(F, "ABE DV summary.docx", "docx", [("title", "ABE interview summary"), ("p", f"URN {URN}  Danielle VOSS  03/09/2026 10:15-11:20  Interviewer DC 5127 Anya KOVAC  Exhibit AK/1"),
        ("p", "Account: leaving the Lock Tavern alone, man behind her on Mill Street, grabbed at the corner of Quarry Lane, dragged behind the garages, pushed face down, vaginal rape, he said 'shut up or I'll hurt you', he ran towards Mill Street. She could not see his face; grey hooded top, smelled of cigarettes and beer. She did not agree to anything and did not speak to him before he grabbed her; she denies asking anyone for a cigarette (she does not smoke).")], head=H)
    emit(F, "MG11 DC KOVAC.pdf", "pdf", mg11(URN, "KOVAC, Anya", "Over 18", "DC 5127", "3 September 2026", [
        "On Thursday 3 September 2026 between 10:15 and 11:20 I conducted an ABE interview with Danielle VOSS at the Thamesreach SARC interview suite. I produce the master recording as AK/1 and the working copy as AK/2."], sig="Signature: A. Kovac", style="A", pp="1"), head=H, foot=FT)
    emit(F, "BWV HUGHES 2650 020926 0144.mp4", "video", seconds=3, label="BWV 2650 02/09/2026 01:44:10", tint=(20, 20, 25))
    emit(F, "MG11 PC HUGHES.pdf", "pdf", mg11(URN, "HUGHES, Rhys", "Over 18", "PC 2650 Response", "02/09/2026", [
        "At 01:44 on Wednesday 2nd September 2026 I was driving a marked police car on Riverside Road, Thamesreach with PC 1177 LINDQVIST when a woman waved us down. I activated my body worn video. She was crying and her knees were bleeding.",
        "She told me her name was Danielle VOSS and said 'a man grabbed me on Quarry Lane and raped me behind the garages, I don't know him'. She described him as white, about 30, in a grey hoodie. I called for an ambulance and CID and took her to the SARC.",
        "I produce my BWV recording 01:44-02:16 as exhibit RH/1. A clip of the first 4 minutes (her first account) has been made and is also RH/1."], sig="Signature: R Hughes", style="B"), head=H, foot=FT)
    emit(F, "TR-MS-07 Mill St 012140.mp4", "video", seconds=4, label="TR-MS-07 MILL ST 02-09-26 01:21:40", audio=False, tint=(50, 50, 50))
    emit(F, "MG11 J PIERCE CCTV.pdf", "pdf", mg11(URN, "PIERCE, Joanne", "Over 18", "CCTV operator, Thamesreach Borough Council", "04/09/2026", [
        "I am employed by Thamesreach Borough Council as a CCTV operator. On 04/09/2026 at the request of DC ADEBAYO I reviewed camera TR-MS-07 (Mill Street) for 02/09/2026 01:00-02:00. The system clock was checked and is accurate to within 5 seconds of GMT.",
        "I downloaded the footage 01:20-01:40 and made a clip of the relevant sections (01:21:40 and 01:38:05). I produce the download and clip as exhibit JP/1."], sig="Signature: [signed] J Pierce", style="A"), head=None)
    emit(F, "Dr ACHTERBERG statement.pdf", "pdf", mg11(URN, "Dr Helen ACHTERBERG", "Over 18", "Forensic physician", "09/09/2026", [
        "On 02/09/2026 at 04:30 I examined Danielle VOSS at Thamesreach SARC with her written consent, which included release of my notes and this statement. I found grazes to both knees (3 cm, 4 cm) and a 2 cm graze on the left cheek, consistent with being pushed onto a rough surface. I took swabs HA/1-HA/5."], sig="Signature: H Achterberg", style="B"), head=None)
    emit(F, "SFR1 DNA MARSDEN.pdf", "pdf", [("title", "SFR1 - Streamlined Forensic Report"), ("p", f"URN {URN}. Lab ref TRF-26-3307. Forensic scientist: Mr Oliver DENHAM. 16/09/2026."),
        ("p", "A DNA profile from semen on the high vaginal swab HA/2 was searched against the National DNA Database on 10/09/2026 and matched Kyle Dean MARSDEN. His reference sample (FA/3, taken 11/09/2026) has since been profiled and matches; match probability less than one in a billion.")], head=None)
    emit(F, "SARC consent DV.pdf", "pdf", [("title", "SARC consent record"), ("p", f"Thamesreach SARC. Danielle VOSS. 02/09/2026. {URN}"),
        ("check", [(True, "Consent to forensic medical examination"), (True, "Consent to release of SARC notes and FME statement to police/CPS"), (True, "Consent to samples being retained")], "u"),
        ("p", "Signed D Voss - witnessed Dr H Achterberg")], head=None)
    emit(F, "ROTI MARSDEN.pdf", "pdf", [("title", "Record of interview (ROTI) - MG15"), ("p", f"URN {URN}. Kyle Dean MARSDEN. 11/09/2026 15:10-15:34. DC ADEBAYO / DC KOVAC. Solicitor Ms A FORD."),
        ("p", "Prepared statement (FA/5): 'I was walking home from Lee's. A woman on Mill Street asked me for a cigarette. We chatted and she kissed me and we went behind the garages and had sex. It was her idea. I did not force her. I left after.'"),
        ("p", "15:14-15:34 'No comment' to all further questions including the CCTV stills, her injuries and why he ran.")], head=H, foot=FT)
    emit(F, "PNC MARSDEN.pdf", "pdf", pnc("MARSDEN, KYLE DEAN", "05/05/1993", "11/0223760P", "4410 ADEBAYO", "11/09/2026",
        ["19/02/2014 THAMESREACH CROWN COURT  ROBBERY  2 YEARS YOI", "07/07/2019 THAMESREACH MC  EXPOSURE (SOA 2003 S.66)  COMMUNITY ORDER, SOTP, NOTIFICATION 5 YRS"]))
    emit(F, "witness PNC nil returns.pdf", "pdf", [("title", "Witness PNC checks"), ("p", f"{URN}. Danielle VOSS - no trace. Lee PARFITT - one conviction 2020 possession of cannabis (disclosable). Joanne PIERCE - no trace. B ODUYA - no trace. Officers and FME - none. Checked 12/09/2026.")], head=H, foot=FT)
    emit(F, "Lee PARFITT.pdf", "pdf", mg11(URN, "PARFITT, Lee", "Over 18", "Unemployed", "15/09/2026", [
        "Kyle MARSDEN is my mate. On the night of 1st into 2nd September 2026 he was at my flat on Mill Street watching football and drinking. He left at about ten past one. He was a bit drunk. He was wearing a grey hoodie."], sig="Signature: L Parfitt", style="C"), head=None)
    emit(F, "CAD 0112 020926.pdf", "pdf", [("mono", "THAMESREACH POLICE INCIDENT 0112 02/09/2026\n01:44 PATROL 2650 FLAGGED DOWN RIVERSIDE RD BY FEMALE REPORTING RAPE BY UNKNOWN MALE QUARRY LANE APPROX 01:30. SUSP WM 30S GREY HOODIE LAST SEEN TOWARDS MILL ST.\n01:46 AMBULANCE REQ. AREA SEARCH UNITS 2201 2214\n01:52 SCENE PRESERVED QUARRY LANE GARAGES\n02:20 DS ON CALL INFORMED. SARC ALERTED\n03:05 AREA SEARCH NEG\n04:00 CRIME TR/26/086032")])
    emit(F, "Crime TR-26-086032.pdf", "pdf", [("title", "KESTREL crime record TR/26/086032"), ("kv", [("Offence", "Rape - stranger"), ("Victim", "VOSS, Danielle, F, 27"), ("Suspect", "MARSDEN, Kyle Dean (NDNAD 10/09/2026)"), ("First account", "To PC 2650 HUGHES 01:44 on BWV")])], head=H, foot=FT)
    emit(F, "VPS D VOSS.pdf", "pdf", [("title", "Victim Personal Statement"), ("p", f"{URN}. Danielle VOSS, 05/09/2026, taken by DC KOVAC."), ("p", "I don't walk anywhere alone now. I have moved back to my mum's. Signed D Voss.")], head=H, foot=FT)
    emit(F, "MG6C.pdf", "pdf", sched("Police schedule of non-sensitive unused material - MG6C", URN, "MARSDEN", "DC 4410 ADEBAYO", ["Item", "Description", "Location"], [
        ["1", "Incident 0112 02/09/2026 (copy with file)", "KESTREL"], ["2", "Crime record TR/26/086032 (copy with file)", "KESTREL"],
        ["3", "Camera survey and house-to-house Quarry Lane 03/09/2026: no CCTV covering the lane or alley; 22 premises, no witnesses", "OIC"],
        ["4", "Lock Tavern CCTV 01:10-01:20 02/09/2026: Danielle leaving alone at 01:15", "Property ref TR-P-55120"],
        ["5", "Full TR-MS-07 download 01:00-02:00 02/09/2026 incl. male at 01:26 (identified as B ODUYA)", "Property"],
        ["6", "PNB DC ADEBAYO 05/09/2026: conversation with B ODUYA - saw nothing", "OIC"],
        ["7", "BWV PC 1177 LINDQVIST 01:44-02:10 02/09/2026", "DEMS"], ["8", "ABE interview plan 02/09/2026, DC KOVAC", "OIC"],
        ["9", "Custody record MARSDEN 11/09/2026", "Custody"], ["10", "Search record 41 Barge Walk, grey hooded top seized (FA/4)", "OIC"]], (8, 70, 22)), head=H, foot=FT)
    emit(F, "MG6D.pdf", "pdf", sched("Police schedule of sensitive material - MG6D", URN, "MARSDEN", "DC 4410 ADEBAYO", ["Item", "Description", "Reason"], [
        ["1", "SARC medical history section for Danielle VOSS", "Confidential medical information"], ["2", "Victim's home address and new address (mother's)", "Personal data / safety"]], (8, 60, 32)), head=H, foot=FT)
    emit(F, "MG12.pdf", "pdf", [("title", "MG12 - Exhibit list"), ("p", URN), ("table", ["Ref", "Item", "By"], [
        ["AK/1", "ABE master, Danielle VOSS 03/09/2026", "DC KOVAC"], ["AK/2", "ABE working copy", "DC KOVAC"], ["RH/1", "BWV PC HUGHES 02/09/2026 01:44 (clip of first account)", "PC HUGHES"],
        ["JP/1", "CCTV TR-MS-07 Mill Street download and clip 02/09/2026", "J PIERCE"], ["HA/1-HA/5", "SARC swabs", "Dr ACHTERBERG"],
        ["FA/3", "Reference DNA sample MARSDEN", "DC ADEBAYO"], ["FA/4", "Grey hooded top", "DC ADEBAYO"], ["FA/5", "Prepared statement MARSDEN", "DC ADEBAYO"]], (15, 60, 25))], head=H, foot=FT)
    docs = [{"name": "MG3 VOSS.rtf", "type": "MG3"}, {"name": "ABE DV 030926.mp4", "type": "ABE_RECORDING"}, {"name": "ABE DV summary.docx", "type": "ABE_SUMMARY"},
            {"name": "MG11 DC KOVAC.pdf", "type": "MG11", "role": "officer"}, {"name": "BWV HUGHES 2650 020926 0144.mp4", "type": "BWV"},
            {"name": "MG11 PC HUGHES.pdf", "type": "MG11", "role": "officer"}, {"name": "TR-MS-07 Mill St 012140.mp4", "type": "CCTV"},
            {"name": "MG11 J PIERCE CCTV.pdf", "type": "MG11", "role": "witness"}, {"name": "Dr ACHTERBERG statement.pdf", "type": ["MG11", "MEDICAL"], "role": "expert"},
            {"name": "SFR1 DNA MARSDEN.pdf", "type": "FORENSIC"}, {"name": "SARC consent DV.pdf", "type": ["MEDICAL", "OTHER"]}, {"name": "ROTI MARSDEN.pdf", "type": "ROTI"},
            {"name": "PNC MARSDEN.pdf", "type": "PNC"}, {"name": "witness PNC nil returns.pdf", "type": "PNC"}, {"name": "Lee PARFITT.pdf", "type": "MG11", "role": "witness"},
            {"name": "CAD 0112 020926.pdf", "type": "INCIDENT_LOG"}, {"name": "Crime TR-26-086032.pdf", "type": "CRIME_REPORT"}, {"name": "VPS D VOSS.pdf", "type": "VPS"},
            {"name": "MG6C.pdf", "type": "MG6C"}, {"name": "MG6D.pdf", "type": "MG6D"}, {"name": "MG12.pdf", "type": "MG12"}]
    expected(out, name, 0, ["MG3", "ABE_RECORDING", "ABE_SUMMARY", "MG11", "BWV", "CCTV", "FORENSIC", "ROTI", "PNC", "INCIDENT_LOG", "CRIME_REPORT", "VPS", "MG6C", "MG6D", "MG12"], [],
             ["mg3_present", "test_sought", "early_advice", "oic_contact", "lines_of_enquiry", "suspect_account", "outstanding_dated", "complainant_account",
              "abe_recording", "abe_summary", "abe_exhibited", "abe_plan", "key_statements", "officer_statement", "signed", "suspect_interview",
              "previous_convictions", "witness_convictions", "mg6c", "mg6d", "schedule_descriptions", "rebuttable_presumption", "dig_dpn", "dig_prop",
              "multimedia", "exhibits", "forensic_medical", "special_measures", "victim_care", "files_readable", "one_urn", "third_party_request", "third_party_notice"], docs)


# ================================================================ CASE 06
def case06(out):
    """Two complainants, one suspect (massage therapist); one ABE, one written MG11; MG3 as ODT. Compliant."""
    name = "VA0342126-ARKWRIGHT"
    F = os.path.join(out, name); os.makedirs(F)
    URN = "27VA0342126"
    H = "Vale of Ashby Police  *  PINNACLE RMS  *  " + URN
    FT = "PINNACLE  -  OFFICIAL-SENSITIVE  -  {n} of {nb}"
    mg3 = [("title", "MG3 Report to Crown Prosecutor for Charging Decision"),
           ("kv", [("URN", URN), ("Suspect", "ARKWRIGHT, Simon Peter (46), sports massage therapist, Ashby Sports Clinic"),
                   ("Complainant 1 (C1)", "COOPER, Jessica (29) - assault by penetration s.2 SOA 2003, 07/05/2026"),
                   ("Complainant 2 (C2)", "SANDHU, Priya (35) - sexual assault s.3 SOA 2003, 21/05/2026"),
                   ("Decision requested", "Full code test on both allegations, to be tried together (cross-admissible: similar facts, same setting, independent reports)"),
                   ("OIC", "DC 6603 Hannah LOCKWOOD - 01632 960342 - hannah.lockwood@valeofashby.police.example")]),
           ("h", "Summary"),
           ("p", "C1 attended the clinic for a hamstring injury on 7 May 2026. During a deep-tissue treatment on her inner thigh the suspect moved his hand under her shorts and underwear and penetrated her vagina with his fingers for a few seconds. She froze and left without paying. She told her partner Tom BRANNIGAN that evening and reported online on 08/05/2026. ABE 11/05/2026.\nC2, unknown to C1, attended on 21 May 2026 for a shoulder problem. She says he massaged her breasts under the towel without asking and touched her nipples, and when she pulled away said 'relax, it's part of the lymph drainage'. She told a colleague at work the same afternoon and reported on 22/05/2026 after seeing a local Facebook post (not by C1) warning about 'a creepy massage guy'. At her request a written statement was taken rather than a video-recorded interview."),
           ("h", "Suspect's account"),
           ("p", "Interviewed 28/05/2026. Denies both. C1: the treatment was adductor work near the groin with consent; any contact with her underwear was accidental and there was no penetration. C2: he did a chest/pectoral release with her consent; his hands did not go near her nipples. He says both women misunderstood professional techniques."),
           ("h", "Lines of enquiry"),
           ("p", "1. Clinic booking diary and treatment notes for both appointments seized from the suspect's clinic on arrest (exhibit HL/3): C1's note says 'adductors - consent verbal'; C2's note says 'pec minor release'. Scheduled and provided.\n2. Professional standards (points away): an independent sports therapy lecturer (Mr G. RHODES; his written advice is on the MG6C item 6 and a statement will be taken if the case is charged) says adductor treatment can be close to the groin but never under underwear, and pectoral release does not involve the nipple.\n3. Collusion / contamination (points away): C1 and C2 do not know each other, live 12 miles apart and have no social media link (checked by OIC on open source only). The Facebook post was made by a third woman, Ms L. FARROW, who was traced and spoken to: she had a 'bad feeling' about the suspect in 2025 but alleges no offence; PNB note on MG6C item 7.\n4. Other clients: the clinic's client list was not trawled - this would be speculative and intrusive; the suspect's employer was asked for complaints on file: none.\n5. Digital: no complainant devices examined. C1's messages to Tom BRANNIGAN that evening were shown by Tom on his own phone; screenshots HL/4. The suspect's phone was not examined: no allegation involves messaging or images.\n6. No third-party material about either complainant has been requested.\n7. Forensic/medical: C1 reported the next day after showering and changing; a SARC examination was offered and declined by her on 08/05/2026 (recorded). No forensic opportunities for C2 (touching over skin, reported next day). Nothing outstanding."),
           ("h", "Outstanding"), ("p", "Nothing outstanding."),
           ("h", "Victims"),
           ("p", "Special measures (MG2s attached for both): C1 - ABE as evidence-in-chief, screens; she wants s.28 pre-recorded cross-examination. C2 - screens; s.28 explained, she does not want it and would rather give evidence live behind a screen. Neither vulnerable under s.16; no intermediary.\nNeeds: C2 needs a Punjabi-speaking supporter for her mother, not for herself; no interpreter needed for either complainant. Both referred to Ashby ISVA service (C1 09/05/2026, C2 22/05/2026).\nVPS: offered to C1 on 11/05/2026 (declined for now) and to C2 on 22/05/2026 (she will make one at charge)."),
           ("h", "Bail"), ("p", "Pre-charge bail to 20/11/2026: not to practise massage or any physical therapy on any female; not to contact either complainant."),
           ("h", "Early advice / disclosure / supervision"),
           ("p", "Early advice was not sought: straightforward evidential picture, both accounts taken within a week. MG6C and MG6D attached; no digital strategy needed beyond the above. Supervisor: DS 2290 Paul ENTWISTLE reviewed and endorsed 09/10/2026.")]
    emit(F, "MG3 ARKWRIGHT.odt", "odt", mg3)
    emit(F, "ABE COOPER 110526.mp4", "video", seconds=3, label="ASHBY VRI 11/05/2026")
    emit(F, "ABE COOPER summary.pdf", "pdf", [("title", "ABE summary - Jessica COOPER"), ("p", f"{URN}. 11/05/2026 14:00-14:52. Interviewer DC 6603 LOCKWOOD. Exhibit HL/1."),
        ("p", "She describes the appointment, consent to deep-tissue work on the hamstring 'and up to the inner thigh', the suspect's hand moving under her shorts and underwear, two fingers inside her vagina 'for two or three seconds', her freezing, and leaving. She told her partner that evening. She did not consent to any touching under her underwear.")], head=H, foot=FT)
    emit(F, "LOCKWOOD MG11.pdf", "pdf", mg11(URN, "LOCKWOOD, Hannah", "Over 18", "DC 6603", "12/05/2026", [
        "On 11 May 2026 I carried out an ABE interview with Jessica COOPER at Ashby VRI suite, 14:00 to 14:52. I exhibit the recording as HL/1 (master) and HL/2 (working copy).",
        "On 28 May 2026 I arrested Simon ARKWRIGHT at Ashby Sports Clinic and seized the clinic booking diary and treatment notes for 7 and 21 May 2026, which I exhibit as HL/3.",
        "On 12 May 2026 Tom BRANNIGAN showed me messages on his own phone from Jessica sent on 7 May 2026 19:40-20:15; I photographed them with his consent and exhibit the photos as HL/4."], sig="Signature: H Lockwood DC6603", style="A"), head=H, foot=FT)
    emit(F, "SANDHU P MG11.docx", "docx", mg11(URN, "SANDHU, Priya", "Over 18", "Pharmacist", "22/05/2026", [
        "I asked for a written statement rather than a video interview.",
        "On Thursday 21 May 2026 at 11am I had a sports massage appointment at Ashby Sports Clinic for my right shoulder with Simon ARKWRIGHT. I was lying on my back with a towel over my chest. He moved the towel and massaged my breasts with both hands and rubbed my nipples. I had not been told this would happen and I did not agree to it. I pulled away and said 'what are you doing'. He said 'relax, it's part of the lymph drainage'. I got dressed and left.",
        "At about 2pm at work I told my colleague Farah IQBAL what had happened. I reported it the next day after seeing a post on Facebook about a massage therapist."], sig="Signature: P Sandhu", style="B", pp="2"), head=H, foot="OFFICIAL-SENSITIVE")
    emit(F, "BRANNIGAN T.pdf", "pdf", mg11(URN, "BRANNIGAN, Thomas", "Over 18", "Electrician", "12/05/2026", [
        "Jessica COOPER is my partner. On 7 May 2026 at about 7.40pm she messaged me at work 'something weird happened at physio'. When I got home about 9pm she was very upset and told me the massage man put his hand in her knickers and inside her. She said she just froze."], sig="(Sgd) T Brannigan", style="C"), head=None)
    emit(F, "Farah IQBAL statement.pdf", "pdf", mg11(URN, "IQBAL, Farah", "Over 18", "Pharmacy technician", "24/05/2026", [
        "I work with Priya SANDHU at Ashby Road Pharmacy. On 21 May 2026 at about 2pm she came back from lunch looking shaken and told me that at her massage the man had moved the towel and rubbed her breasts and nipples without asking, and said it was for lymph drainage."], sig="Signature: F Iqbal", style="A", pp="1"), head=None)
    emit(F, "PC ROWLEY MG11.pdf", "pdf", mg11(URN, "ROWLEY, Martin", "Over 18", "PC 1045", "08/05/2026", [
        "On Friday 8 May 2026 at 10:15 I attended 3 Tenter Close, Ashby, following an online report made by Jessica COOPER. I was the first officer to see her. She told me that during a massage the day before the therapist had put his fingers inside her vagina. I offered a SARC examination, which she declined as she had showered and did not want one. I recorded her first account in my PNB and referred to CID."], sig="Signature: M Rowley PC1045", style="B", pp="1"), head=H, foot=FT)
    emit(F, "PC DEAKIN MG11.pdf", "pdf", mg11(URN, "DEAKIN, Sophie", "Over 18", "PC 2218", "22/05/2026", [
        "On Friday 22 May 2026 at 17:30 I attended Ashby Road Pharmacy after a 101 call from Priya SANDHU. I was the first officer to attend. She told me that the previous day a massage therapist at Ashby Sports Clinic had rubbed her breasts and nipples without consent. I arranged for her statement to be taken by DC LOCKWOOD."], sig="Signature: S Deakin", style="B", pp="1"), head=H, foot=FT)
    emit(F, "MG15 ARKWRIGHT.pdf", "pdf", [("title", "MG15 Record of interview"), ("p", f"{URN}. Simon Peter ARKWRIGHT. 28/05/2026 13:00-14:10, Ashby custody. DC LOCKWOOD, DC 7781 SHAH. Solicitor Mr N. BECKETT."),
        ("table", ["Time", "Summary"], [["13:02", "Caution. Understood."], ["13:10", "Describes treating COOPER: adductor work with verbal consent, near the groin. 'My hand may have brushed her underwear. I did not put my fingers inside her.'"],
                                       ["13:35", "SANDHU: pectoral release, consent obtained. 'I never touched her nipples.'"], ["13:50", "Says both women misunderstood professional techniques; has no complaints in 12 years."],
                                       ["14:10", "End."]], (15, 85))], head=H, foot=FT)
    emit(F, "PNC ARKWRIGHT.pdf", "pdf", pnc("ARKWRIGHT, SIMON PETER", "13/02/1980", "98/0412291F", "6603 LOCKWOOD", "29/05/2026", []))
    emit(F, "witness PNC.pdf", "pdf", [("title", "Prosecution witnesses - convictions"), ("p", f"{URN}. COOPER Jessica - nil. SANDHU Priya - nil. BRANNIGAN Thomas - nil. IQBAL Farah - nil. PCs ROWLEY/DEAKIN, DC LOCKWOOD - nil. Checked 29/05/2026.")], head=H, foot=FT)
    emit(F, "incident logs.pdf", "pdf", [("mono", "VALE OF ASHBY POLICE - INCIDENT 0190 08/05/2026\n08:02 ONLINE REPORT: FEMALE 29 SEXUALLY ASSAULTED DURING MASSAGE ASHBY SPORTS CLINIC 07/05. \n09:40 PC 1045 ALLOCATED  10:15 ON SCENE  11:30 CRIME VA/26/034212\n\nINCIDENT 0644 22/05/2026\n17:02 101: FEMALE 35 TOUCHED INAPPROPRIATELY BY MASSAGE THERAPIST 21/05 ASHBY SPORTS CLINIC. SAME SUSPECT AS VA/26/034212?\n17:10 PC 2218 ALLOCATED 17:30 ON SCENE  18:40 CRIME VA/26/036990 LINKED")])
    emit(F, "crime reports.pdf", "pdf", [("title", "PINNACLE crime reports"), ("kv", [("VA/26/034212", "Assault by penetration - COOPER, Jessica (F, 29) - reported 08/05/2026 online, first told partner 07/05"),
                                                                                  ("VA/26/036990", "Sexual assault - SANDHU, Priya (F, 35, British Indian) - reported 22/05/2026 by 101, first told colleague 21/05"),
                                                                                  ("Suspect", "ARKWRIGHT, Simon Peter")])], head=H, foot=FT)
    for who, nm, s28 in [("COOPER", "Jessica COOPER", True), ("SANDHU", "Priya SANDHU", False)]:
        emit(F, f"MG2 {who}.pdf", "pdf", [("title", "MG2 Special measures"), ("p", f"{URN}  {nm}  (s.17(4) YJCEA - complainant in sexual offence)"),
            ("check", [(who == "COOPER", "Video recorded evidence in chief (s.27)"), (True, "Screens (s.23)"), (s28, "Pre-recorded cross-examination (s.28) - witness's view recorded: " + ("wants it" if s28 else "does not want it")),
                       (False, "Intermediary (s.29) - not required, no communication need")], "x")], head=H, foot=FT)
    emit(F, "MG6C VA0342126.pdf", "pdf", sched("MG6C", URN, "ARKWRIGHT", "DC 6603 LOCKWOOD", ["No.", "Description", "Location"], [
        ["1", "Incident 0190 08/05/2026 and incident 0644 22/05/2026 (copies with file)", "PINNACLE"], ["2", "Crime reports VA/26/034212 and VA/26/036990 (copies with file)", "PINNACLE"],
        ["3", "PNB PC ROWLEY 08/05/2026 - first account of COOPER; SARC declined", "Store"], ["4", "PNB PC DEAKIN 22/05/2026 - first account of SANDHU", "Store"],
        ["5", "ABE plan for COOPER 10/05/2026", "OIC"], ["6", "Email advice from Mr G RHODES, sports therapy lecturer, 15/06/2026, on adductor and pectoral techniques", "OIC"],
        ["7", "PNB DC LOCKWOOD 03/06/2026: conversation with L FARROW who made the Facebook post - no offence alleged", "OIC"],
        ["8", "Screenshot of Facebook post by L FARROW 20/05/2026", "OIC"], ["9", "Employer letter (Ashby Sports Clinic Ltd) 10/06/2026: no complaints on file", "OIC"]], (8, 70, 22)), head=H, foot=FT)
    emit(F, "MG6D VA0342126.pdf", "pdf", sched("MG6D - sensitive", URN, "ARKWRIGHT", "DC 6603 LOCKWOOD", ["No.", "Description", "Reason"], [
        ["1", "Complainants' addresses and phone numbers", "Personal data"], ["2", "Clinic treatment notes containing C1's and C2's medical history beyond the two appointments", "Confidential medical information"]], (8, 60, 32)), head=H, foot=FT)
    emit(F, "MG12 VA0342126.pdf", "pdf", [("title", "MG12"), ("p", URN), ("table", ["Ref", "Description", "By"], [["HL/1", "ABE master COOPER 11/05/2026", "DC LOCKWOOD"], ["HL/2", "ABE working copy", "DC LOCKWOOD"],
        ["HL/3", "Clinic booking diary and treatment notes 07/05 and 21/05/2026", "DC LOCKWOOD"], ["HL/4", "Photos of COOPER-BRANNIGAN messages 07/05/2026", "DC LOCKWOOD"]], (15, 60, 25))], head=H, foot=FT)
    docs = [{"name": "MG3 ARKWRIGHT.odt", "type": "MG3"}, {"name": "ABE COOPER 110526.mp4", "type": "ABE_RECORDING"}, {"name": "ABE COOPER summary.pdf", "type": "ABE_SUMMARY"},
            {"name": "LOCKWOOD MG11.pdf", "type": "MG11", "role": "officer"}, {"name": "SANDHU P MG11.docx", "type": "MG11", "role": "complainant"},
            {"name": "BRANNIGAN T.pdf", "type": "MG11", "role": "first_account"}, {"name": "Farah IQBAL statement.pdf", "type": "MG11", "role": "first_account"},
            {"name": "PC ROWLEY MG11.pdf", "type": "MG11", "role": "officer"}, {"name": "PC DEAKIN MG11.pdf", "type": "MG11", "role": "officer"},
            {"name": "MG15 ARKWRIGHT.pdf", "type": "ROTI"}, {"name": "PNC ARKWRIGHT.pdf", "type": "PNC"}, {"name": "witness PNC.pdf", "type": "PNC"},
            {"name": "incident logs.pdf", "type": "INCIDENT_LOG"}, {"name": "crime reports.pdf", "type": "CRIME_REPORT"}, {"name": "MG2 COOPER.pdf", "type": "MG2"},
            {"name": "MG2 SANDHU.pdf", "type": "MG2"}, {"name": "MG6C VA0342126.pdf", "type": "MG6C"}, {"name": "MG6D VA0342126.pdf", "type": "MG6D"}, {"name": "MG12 VA0342126.pdf", "type": "MG12"}]
    expected(out, name, 0, ["MG3", "ABE_RECORDING", "ABE_SUMMARY", "MG11", "ROTI", "PNC", "INCIDENT_LOG", "CRIME_REPORT", "MG2", "MG6C", "MG6D", "MG12"], [],
             ["mg3_present", "test_sought", "early_advice", "oic_contact", "lines_of_enquiry", "suspect_account", "outstanding_dated", "complainant_account",
              "abe_recording", "abe_summary", "abe_exhibited", "abe_plan", "key_statements", "officer_statement", "signed", "suspect_interview",
              "previous_convictions", "witness_convictions", "mg6c", "mg6d", "schedule_descriptions", "rebuttable_presumption", "dig_dpn", "dig_prop",
              "multimedia", "exhibits", "forensic_medical", "special_measures", "victim_care", "files_readable", "one_urn", "third_party_request", "third_party_notice"], docs)


def std_docs(F, URN, H, FT, susp, sdob, spnc, oic, cad, crime, wit_rows, mg6c_rows, mg6d_rows, mg12_rows, convs=()):
    """Common documents; returns docs entries."""
    emit(F, "PNC " + susp.split(",")[0] + ".pdf", "pdf", pnc(susp.upper(), sdob, spnc, oic, "01/10/2026", list(convs)))
    emit(F, "PNC witnesses.pdf", "pdf", [("title", "Previous convictions of prosecution witnesses"), ("p", "URN " + URN),
                                        ("table", ["Witness", "Result"], wit_rows, (40, 60))], head=H, foot=FT)
    emit(F, "incident log.pdf", "pdf", [("mono", cad)])
    emit(F, "crime report.pdf", "pdf", crime, head=H, foot=FT)
    d = [{"name": "PNC " + susp.split(",")[0] + ".pdf", "type": "PNC"}, {"name": "PNC witnesses.pdf", "type": "PNC"},
         {"name": "incident log.pdf", "type": "INCIDENT_LOG"}, {"name": "crime report.pdf", "type": "CRIME_REPORT"}]
    if mg6c_rows:
        emit(F, "MG6C.pdf", "pdf", sched("Police schedule of non-sensitive unused material", URN, susp.split(",")[0], oic, ["No", "Description", "Location"], mg6c_rows, (8, 70, 22)), head=H, foot=FT)
        d.append({"name": "MG6C.pdf", "type": "MG6C"})
    if mg6d_rows:
        emit(F, "MG6D.pdf", "pdf", sched("Police schedule of sensitive material", URN, susp.split(",")[0], oic, ["No", "Description", "Reason"], mg6d_rows, (8, 60, 32)), head=H, foot=FT)
        d.append({"name": "MG6D.pdf", "type": "MG6D"})
    emit(F, "MG12.pdf", "pdf", [("title", "Exhibit list (MG12)"), ("p", "URN " + URN), ("table", ["Ref", "Description", "Produced by"], mg12_rows, (15, 60, 25))], head=H, foot=FT)
    d.append({"name": "MG12.pdf", "type": "MG12"})
    return d


# ================================================================ CASE 07  (faulty: DPN for wrong device; TBC date)
def case07(out):
    name = "MF0611426_ASHDOWN"
    F = os.path.join(out, name); os.makedirs(F)
    URN = "52MF0611426"
    H = "MARCHFIELD POLICE  -  HORIZON case file  -  URN " + URN
    FT = "HORIZON  pg {n}/{nb}  OFFICIAL-SENSITIVE when complete"
    x = lambda items: ("check", items, "x")
    mg3 = [("title", "MG3  REPORT TO CROWN PROSECUTOR FOR CHARGING DECISION"),
           ("kv", [("URN", URN), ("Suspect", "KEELE, Martin Paul, dob 08/08/1985"), ("Victim", "ASHDOWN, Ruby, 15"),
                   ("Offences", "s.15A sexual communication with a child; s.10 causing/inciting a child 13-15 to engage in sexual activity (images)"),
                   ("OIC", "DC 8843 Tom HARGREAVES  01632 960614  tom.hargreaves@marchfield.police.example")]),
           ("h", "1. Advice required"), x([(True, "Full Code Test"), (False, "Threshold Test"), (False, "Early advice")]),
           ("h", "2. Early advice"), x([(False, "Sought"), (True, "Not sought - reason: suspect identified by Discord return within 10 days; evidence largely documentary")]),
           ("h", "3. Case summary"),
           ("p", "From 12 Apr 2026 to 3 Jul 2026 KEELE (41), using the Discord name 'marty_gg' and later WhatsApp, groomed Ruby (15) whom he met in a gaming server. He knew her age (she told him, 'im in year 10'). He sent sexual messages and asked for and received three images of her in underwear (20/06, 26/06, 01/07/2026). On 04/07/2026 Ruby told her sister Megan ASHDOWN (18), who told their father; he called 999. Ruby's ABE was on 07/07/2026."),
           ("h", "4. Suspect account"),
           ("p", "Interviewed 15/07/2026 after arrest. Admits the Discord and WhatsApp accounts. Says he thought Ruby was 18 and that the 'year 10' message was a joke about a game level. Denies asking for images."),
           ("h", "5. Lines of enquiry"),
           ("p", "a) Ruby's Samsung Galaxy A54 (IMEI 351245678901234): selective extraction of Discord and WhatsApp chats with 'marty_gg' / 07700 900614, 01/04/2026 - 05/07/2026, done 10/07/2026 by MDFU (report attached). Parameters chosen because the offences are entirely in those chats.\nb) Age knowledge: extraction shows 'im in year 10' (14/04/2026) and 'my mum takes my phone at 10 on school nights' (22/05/2026) - undermines his account.\nc) Points away: whether another person used his accounts - Discord subscriber return and his phone (seized) show the same device; he admits the accounts.\nd) His laptop (Dell XPS) seized on arrest for evidence of images and other children.\ne) Not pursued: Ruby's other apps, social media and school records - no reasonable line of enquiry. No third-party requests.\nf) No medical or forensic: no physical contact."),
           ("h", "6. Outstanding enquiries"),
           ("table", ["Enquiry", "By", "Date due"], [["Examination of suspect's laptop (Dell XPS, MH/6) for the images and other chats", "MDFU", "TBC"]], (60, 20, 20)),
           ("h", "7. Victim"),
           x([(True, "Special measures considered: ABE as EIC, live link; Ruby wants s.28 pre-recorded cross-examination"), (False, "Intermediary - considered, no communication need"),
              (True, "Needs recorded: she has autism (diagnosed 2024) - needs a quiet room and advance notice of changes"), (True, "ISVA/CHISVA referral 06/07/2026"),
              (True, "VPS offered 07/07/2026 - father and Ruby will make one after decision")]),
           ("h", "8. Bail"), ("p", "Bail to 14/11/2026: no contact with Ruby ASHDOWN; not to use Discord; not to contact any person under 18 online."),
           ("h", "9. Disclosure"), ("p", "MG6C, MG6D attached. Rebuttable presumption material (999/CAD, crime report, Megan's first-account statement, witness PNCs) with file."),
           ("h", "10. Supervisor"), ("p", "DS 4120 Leah BRIGHT, 18/10/2026 - endorsed.")]
    emit(F, "MG3 ASHDOWN.pdf", "pdf", mg3, head=H, foot=FT)
    emit(F, "ABE RA 070726.mp4", "video", seconds=3, label="MARCHFIELD VRI 07-07-2026")
    emit(F, "ABE RA index.pdf", "pdf", [("title", "VRI index / summary"), ("p", f"{URN}. Ruby ASHDOWN (15). 07/07/2026 10:00-10:44. DC 8843 HARGREAVES. Exhibit TH/1."),
        ("p", "10:03 rapport. 10:08 meeting 'Marty' on the GG server in April. 10:15 moved to WhatsApp; he said he was 19 at first. 10:20 'I told him I was in year 10 straight away.' 10:26 he asked for pictures 'in my bra'; she sent three. 10:37 told Megan on 4 July. 10:44 close.")], head=H, foot=FT)
    emit(F, "MG11 HARGREAVES.pdf", "pdf", mg11(URN, "HARGREAVES, Tom", "Over 18", "DC 8843", "16/07/2026", [
        "On 07/07/2026 10:00-10:44 I conducted an ABE interview with Ruby ASHDOWN at Marchfield VRI suite. I produce the master as TH/1 and the working copy as TH/2.",
        "On 07/07/2026 I received from Ruby's father Ian ASHDOWN her Samsung Galaxy A54 mobile phone, IMEI 351245678901234, which I produce as TH/3. I submitted it to the MDFU on 08/07/2026 for selective extraction of the Discord and WhatsApp chats with 'marty_gg' between 01/04/2026 and 05/07/2026.",
        "On 15/07/2026 I arrested Martin KEELE at 12 Larch Drive, Marchfield and seized an iPhone 15 (MH/5) and a Dell XPS laptop (MH/6)."], sig="Signature: T. Hargreaves", style="A"), head=H, foot=FT)
    emit(F, "Megan ASHDOWN.docx", "docx", mg11(URN, "ASHDOWN, Megan", "Over 18", "College student", "07/07/2026", [
        "Ruby is my little sister. On Saturday 4th July 2026 she came into my room crying and showed me WhatsApp messages from a man called Marty. She said she had sent him pictures in her bra because he kept asking and said he would stop being her friend. She said he knew she was 15. I told our dad straight away."], sig="Signed: M Ashdown", style="B"))
    emit(F, "MG11 PC OYELOWO.pdf", "pdf", mg11(URN, "OYELOWO, Grace", "Over 18", "PC 3301", "04/07/2026", [
        "At 20:35 on 04/07/2026 I attended 7 Wren Lane, Marchfield after a 999 call by Ian ASHDOWN (incident 1133). I was the first officer there. Ruby ASHDOWN told me a man called Marty she met online had been asking for pictures and she had sent some. I advised the family to keep the phone switched off and safe and not to contact the man, and referred to the CSE team."], sig="Signature: G Oyelowo PC3301", style="A", pp="1"), head=None)
    emit(F, "DPN ASHDOWN.pdf", "pdf", [("title", "Digital Processing Notice - victim / witness device"),
        ("kv", [("URN", URN), ("Device owner", "Ruby ASHDOWN (15), with her father Ian ASHDOWN (parent)"),
                ("Device", "Apple iPad (9th generation), silver, serial DMPXK2Q7Q1GC - family tablet"),
                ("Reason for request", "Ruby says a man she met in an online gaming server sent her sexual messages and asked for images; the messages are the evidence of the offences."),
                ("Scope", "Discord and WhatsApp conversations with 'marty_gg' / 07700 900614 only, 01/04/2026 - 05/07/2026"),
                ("Excluded", "All other data"), ("Retention", "Device returned within 7 days; data reviewed by OIC only"),
                ("Signed", "R Ashdown / I Ashdown (parent)  07/07/2026"), ("Officer", "DC 8843 HARGREAVES")])], head=H, foot=FT)
    emit(F, "MDFU report TH3.pdf", "pdf", [("title", "Marchfield Digital Forensic Unit - Extraction report"),
        ("kv", [("Lab ref", "MDFU-26-0932"), ("URN", URN), ("Exhibit", "TH/3 Samsung Galaxy A54, IMEI 351245678901234"), ("Owner", "Ruby ASHDOWN"),
                ("Scope", "Discord and WhatsApp chats with 'marty_gg' / 07700 900614, 01/04/2026-05/07/2026, selective"), ("Date", "10/07/2026, examiner Ms P. QUINN")]),
        ("table", ["Date", "From", "Text"], [["14/04/2026 21:10", "Ruby", "im in year 10 lol"], ["14/04/2026 21:11", "marty_gg", "ha no way u seem older"],
                                             ["22/05/2026 21:58", "Ruby", "my mum takes my phone at 10 on school nights"], ["19/06/2026 22:30", "marty_gg", "send me one in ur bra, just for me"]], (22, 18, 60))], head=None)
    emit(F, "ROTI KEELE.pdf", "pdf", [("title", "Record of Taped Interview"), ("p", f"{URN}. Martin Paul KEELE. 15/07/2026 16:00-16:48. DC HARGREAVES, DC 2291 PEARCE. Solicitor Ms J. ROSS."),
        ("table", ["Time", "Summary"], [["16:02", "Caution."], ["16:06", "Admits 'marty_gg' and WhatsApp number are his."], ["16:15", "'I thought she was 18. Year 10 is a level in the game.'"],
                                       ["16:30", "Denies asking for images. 'She sent them.'"], ["16:48", "End."]], (15, 85))], head=H, foot=FT)
    d = std_docs(F, URN, H, FT, "KEELE, Martin Paul", "08/08/1985", "04/0301776T", "DC 8843 HARGREAVES",
                 "MARCHFIELD POLICE INCIDENT 1133 04/07/2026\n20:12 999 CALL IAN ASHDOWN 7 WREN LANE: DAUGHTER 15 HAS TOLD HER SISTER AN ONLINE MALE 'MARTY' HAS OBTAINED IMAGES OF HER IN UNDERWEAR.\n20:15 PC 3301 DEPLOYED  20:35 ON SCENE\n21:40 CSE TEAM INFORMED  CRIME MF/CR/26/61142\n21:45 CLOSED",
                 [("title", "HORIZON Crime MF/CR/26/61142"), ("kv", [("Offence", "Sexual communication with a child / causing or inciting"), ("Victim", "ASHDOWN, Ruby, F, 15, autism"), ("Suspect", "KEELE, Martin Paul"), ("First complaint", "To sister Megan 04/07/2026")])],
                 [["ASHDOWN, Ruby", "No trace"], ["ASHDOWN, Megan", "No trace"], ["ASHDOWN, Ian", "No trace"], ["PC OYELOWO / DC HARGREAVES", "Officers - nil"]],
                 [["1", "999 call and CAD incident 1133 04/07/2026 (CAD copy with file)", "HORIZON"], ["2", "Crime report MF/CR/26/61142 (copy with file)", "HORIZON"],
                  ["3", "ABE plan 06/07/2026 DC HARGREAVES", "OIC"], ["4", "MDFU submission form for TH/3 with scope 08/07/2026", "OIC"],
                  ["5", "Discord subscriber return 'marty_gg' 14/07/2026", "OIC"], ["6", "Custody record KEELE 15/07/2026", "Custody"]],
                 [["1", "Children's Services strategy meeting minutes 06/07/2026", "Child protection record"], ["2", "Ruby's address, school and diagnosis details", "Personal / medical data"]],
                 [["TH/1", "ABE master, Ruby ASHDOWN", "DC HARGREAVES"], ["TH/2", "ABE working copy", "DC HARGREAVES"], ["TH/3", "Samsung Galaxy A54 (Ruby)", "DC HARGREAVES"],
                  ["MH/5", "iPhone 15 (KEELE)", "DC HARGREAVES"], ["MH/6", "Dell XPS laptop (KEELE)", "DC HARGREAVES"]])
    docs = [{"name": "MG3 ASHDOWN.pdf", "type": "MG3"}, {"name": "ABE RA 070726.mp4", "type": "ABE_RECORDING"}, {"name": "ABE RA index.pdf", "type": "ABE_SUMMARY"},
            {"name": "MG11 HARGREAVES.pdf", "type": "MG11", "role": "officer"}, {"name": "Megan ASHDOWN.docx", "type": "MG11", "role": "first_account"},
            {"name": "MG11 PC OYELOWO.pdf", "type": "MG11", "role": "officer"}, {"name": "DPN ASHDOWN.pdf", "type": "DPN"}, {"name": "MDFU report TH3.pdf", "type": "DIGITAL_EXTRACT"},
            {"name": "ROTI KEELE.pdf", "type": "ROTI"}] + d
    expected(out, name, 1, ["MG3", "ABE_RECORDING", "ABE_SUMMARY", "MG11", "DPN", "DIGITAL_EXTRACT", "ROTI", "PNC", "INCIDENT_LOG", "CRIME_REPORT", "MG6C", "MG6D", "MG12"],
             ["dig_dpn", "outstanding_dated"],
             ["mg3_present", "test_sought", "early_advice", "oic_contact", "lines_of_enquiry", "suspect_account", "complainant_account", "abe_recording", "abe_summary",
              "abe_exhibited", "abe_plan", "key_statements", "officer_statement", "signed", "suspect_interview", "previous_convictions", "witness_convictions", "mg6c", "mg6d",
              "schedule_descriptions", "rebuttable_presumption", "multimedia", "exhibits", "forensic_medical", "special_measures", "victim_care", "files_readable", "one_urn",
              "third_party_request", "third_party_notice"], docs)


# ================================================================ CASE 08  (faulty: first-account witness without statement; VPS never offered)
def case08(out):
    name = "HF-0903326 GARSIDE"
    F = os.path.join(out, name); os.makedirs(F)
    URN = "17HF0903326"
    H = "Hollin Fells Constabulary | NEXUS | " + URN
    FT = "NEXUS print {n}/{nb} - OFFICIAL SENSITIVE"
    mg3 = [("p", "HOLLIN FELLS CONSTABULARY - Public Protection - form MG3"),
           ("kv", [("URN", URN), ("Suspect", "THWAITE, Gareth John (38), dob 17/10/1987"), ("Complainant", "GARSIDE, Natalie (34)"), ("Offence", "Rape (s.1 SOA 2003), 23/08/2026, 5 Beck View, Hollin")]),
           ("h", "Advice sought"), ("p", "I ask for a full code test charging decision. I am DC 1306 Sarah MOSS, OIC, 01632 960903, sarah.moss@hollinfells.police.example."),
           ("p", "Early advice was not sought: the suspect was arrested the day after the report, interviewed the same day, and there are no outstanding forensic or digital enquiries."),
           ("h", "The account"),
           ("p", "Natalie and the suspect were together for six years and separated in March 2026. They share a daughter (5). On the evening of Sunday 23 August 2026 he came to her house at 5 Beck View to return their daughter after contact, and stayed after the child was asleep saying he wanted to talk about money. She says he tried to kiss her, she said no and told him to leave, he pushed her onto the sofa, held her down by the neck and raped her vaginally. He left at about 22:30. She did not report that night because she was frightened of him and of losing the contact arrangements."),
           ("p", "The next morning, 24 August, she told her flatmate, Keira LOWE, what had happened; Keira persuaded her to report it and sat with her while she called 101 at 11:20. PC 0987 ASPINALL attended at 12:05. Natalie gave a video-recorded interview on 26/08/2026 (DC MOSS); recording, summary and my statement exhibiting it are attached."),
           ("h", "The suspect's account"),
           ("p", "Arrested 25/08/2026, interviewed with a solicitor. He accepts being at the house and says they had consensual sex 'like we sometimes still did'. He says she has made this up because he has applied to the Family Court for more contact (application dated 10/08/2026)."),
           ("h", "Lines of enquiry"),
           ("p", "The Family Court application is real (copy of the C100 on the MG6C) - it provides a motive that the defence will rely on, and I have recorded it as capable of undermining. Natalie says that she has not had sex with him since the separation; the suspect says they had on two occasions in May and June. There are no messages between them about this (his phone was examined by consent for messages to her 01/03-24/08/2026: none of a sexual nature; the report is on the MG6C). Her phone has not been examined; she did not want it examined and there is no reason to: the only relevant contact is the contact-arrangement texts, which he has provided from his own phone. A neighbour at no. 7 heard raised voices at about 22:00 (statement from Mrs Eileen PRATT). The SARC examination was offered and she attended on 24/08/2026: a bruise on the left side of the neck was found, FME statement attached with her consent to release. Forensic swabs were not taken because she had bathed and the suspect accepts intercourse. Nothing is outstanding."),
           ("h", "Victim care"),
           ("p", "Special measures: Natalie is eligible under s.17(4). An MG2 has been completed: ABE as evidence-in-chief, screens, and she wants s.28 pre-recorded cross-examination, which has been explained to her. No intermediary needed. Her needs: she has a young child and needs evidence-giving arranged in school hours; she asked for contact by text only. ISVA referral 24/08/2026 to Hollin Fells SV Service (ISVA Dawn CROOK)."),
           ("h", "Bail and orders"),
           ("p", "Pre-charge bail to 25/11/2026: not to contact Natalie GARSIDE except through a third party (his sister, Mrs J. THWAITE) about child contact; not to attend Beck View."),
           ("h", "Disclosure"), ("p", "MG6C and MG6D attached; both first-complaint records (101 log and crime report) with the file."),
           ("p", "DS 0442 Ian WHITELOCK - supervisor - endorsed 16/10/2026.")]
    emit(F, "MG3 GARSIDE final.docx", "docx", mg3, head=H, foot="OFFICIAL SENSITIVE")
    emit(F, "VRI GARSIDE 260826.mp4", "video", seconds=4, label="HOLLIN VRI 26.08.2026")
    emit(F, "VRI GARSIDE summary.pdf", "pdf", [("title", "Record of video recorded interview - summary"), ("p", f"{URN}. Natalie GARSIDE. 26/08/2026 13:30-14:25. DC 1306 MOSS. Exhibit SM/1."),
        ("p", "Account of the evening of 23/08; the suspect returning their daughter, staying to talk, attempted kiss, her refusal, being pushed onto the sofa, hand on her neck, vaginal rape, him leaving about 22:30. Explains not reporting that night. Told Keira next morning.")], head=H, foot=FT)
    emit(F, "MG11 MOSS.pdf", "pdf", mg11(URN, "MOSS, Sarah", "Over 18", "DC 1306", "27/08/2026", [
        "On 26/08/2026 between 13:30 and 14:25 I conducted a video recorded interview with Natalie GARSIDE at the Hollin VRI suite. I produce the master recording as exhibit SM/1 and a working copy as SM/2.",
        "On 25/08/2026 I arrested Gareth THWAITE at 22 Mill Row, Hollin. With his consent I took his iPhone for examination of messages to Natalie GARSIDE between 01/03/2026 and 24/08/2026 only."], sig="Signature: [signed]", style="A", pp="1"), head=H, foot=FT)
    emit(F, "MG11 ASPINALL.pdf", "pdf", mg11(URN, "ASPINALL, Rob", "Over 18", "PC 0987", "24/08/2026", [
        "At 12:05 on Monday 24 August 2026 I attended 5 Beck View, Hollin, after a 101 call (log 0612). I was the first officer to attend. I activated my body worn video. Natalie GARSIDE told me her ex-partner Gareth THWAITE raped her there the night before. I saw a red mark on the left side of her neck. I arranged a SARC appointment. My BWV is retained (exhibit RA/1) and the clip of her first account is with the file."], sig="Signature: R Aspinall", style="B", pp="1"), head=H, foot=FT)
    emit(F, "BWV ASPINALL 240826 1205.mp4", "video", seconds=3, label="BWV 0987 24/08/2026 12:05", tint=(25, 25, 25))
    emit(F, "Eileen PRATT.pdf", "pdf", mg11(URN, "PRATT, Eileen", "Over 18", "Retired", "28/08/2026", [
        "I live at 7 Beck View next door to Natalie. On Sunday 23 August at about 10pm I heard a man's voice shouting through the wall and Natalie saying 'no' and 'get off'. It went quiet after a minute or two. I heard the front door go about half an hour later."], sig="(Sgd) E Pratt", style="C"), head=None)
    emit(F, "Dr NAYAR FME.pdf", "pdf", mg11(URN, "Dr Kavita NAYAR", "Over 18", "Forensic physician, Hollin SARC", "01/09/2026", [
        "On 24/08/2026 at 16:00 I examined Natalie GARSIDE with her written consent, including consent to disclose my findings to police and CPS. There was a 3 x 2 cm bruise on the left side of the neck, consistent with pressure from a hand. No genital injury was seen; the absence of injury does not mean intercourse was consensual. I did not take swabs as she had bathed and I was told intercourse is accepted."], sig="Signature: K Nayar", style="B", pp="1"), head=None)
    emit(F, "MG2 GARSIDE.pdf", "pdf", [("title", "MG2 - special measures"), ("p", f"{URN}. Natalie GARSIDE. DC MOSS 26/08/2026."),
        ("check", [(True, "s.27 ABE as evidence in chief"), (True, "s.23 screens"), (True, "s.28 - explained; she wants pre-recorded cross-examination"), (False, "s.29 intermediary - not needed")], "u")], head=H, foot=FT)
    emit(F, "ROTI THWAITE.pdf", "pdf", [("title", "ROTI"), ("p", f"{URN}. Gareth John THWAITE. 25/08/2026 15:00-15:55. DC MOSS / DC 2210 HIRST. Solicitor Mr A KHAN."),
        ("p", "Summary: accepts attending to return daughter and staying. Says they kissed and had consensual sex on the sofa, 'like we still sometimes did'. Denies holding her neck; says any mark was from 'messing about'. Says she is doing this because of his contact application.")], head=H, foot=FT)
    d = std_docs(F, URN, H, FT, "THWAITE, Gareth John", "17/10/1987", "06/0227181N", "DC 1306 MOSS",
                 "HOLLIN FELLS 101 LOG 0612 24/08/2026\n11:20 CALLER NATALIE GARSIDE 5 BECK VIEW REPORTS RAPE BY EX-PARTNER GARETH THWAITE AT HER ADDRESS LAST NIGHT APPROX 2200. HE HAS LEFT. FRIEND WITH HER.\n11:24 DA/RASSO RISK HIGH. PC 0987 DEPLOYED\n12:05 ON SCENE\n14:10 SARC BOOKED 1600\n14:20 CRIME HF/26/090332",
                 [("title", "NEXUS crime record HF/26/090332"), ("kv", [("Offence", "Rape - domestic (ex-partner)"), ("Victim", "GARSIDE, Natalie, F, 34"), ("Suspect", "THWAITE, Gareth John"), ("DASH", "High - MARAC referral")])],
                 [["GARSIDE, Natalie", "No trace"], ["PRATT, Eileen", "No trace"], ["Officers / FME", "Nil"]],
                 [["1", "101 call recording and log 0612 24/08/2026 (log copy with file)", "NEXUS"], ["2", "Crime record HF/26/090332 (copy with file)", "NEXUS"],
                  ["3", "C100 Family Court application by THWAITE dated 10/08/2026 - motive suggested by defence", "OIC"],
                  ["4", "Examination report, THWAITE iPhone, messages to GARSIDE 01/03-24/08/2026 - none sexual", "DFU"],
                  ["5", "ABE plan 25/08/2026", "OIC"], ["6", "Custody record THWAITE 25/08/2026", "Custody"], ["7", "House-to-house Beck View 26/08/2026 (nos. 1-11): only no. 7 heard anything", "OIC"]],
                 [["1", "MARAC referral and minutes 03/09/2026", "Multi-agency DA record"], ["2", "SARC medical history section", "Medical confidentiality"]],
                 [["SM/1", "VRI master, Natalie GARSIDE", "DC MOSS"], ["SM/2", "VRI working copy", "DC MOSS"], ["RA/1", "BWV PC ASPINALL 24/08/2026 (first account clip)", "PC ASPINALL"]])
    docs = [{"name": "MG3 GARSIDE final.docx", "type": "MG3"}, {"name": "VRI GARSIDE 260826.mp4", "type": "ABE_RECORDING"}, {"name": "VRI GARSIDE summary.pdf", "type": "ABE_SUMMARY"},
            {"name": "MG11 MOSS.pdf", "type": "MG11", "role": "officer"}, {"name": "MG11 ASPINALL.pdf", "type": "MG11", "role": "officer"},
            {"name": "BWV ASPINALL 240826 1205.mp4", "type": "BWV"}, {"name": "Eileen PRATT.pdf", "type": "MG11", "role": "witness"},
            {"name": "Dr NAYAR FME.pdf", "type": ["MG11", "MEDICAL"], "role": "expert"}, {"name": "MG2 GARSIDE.pdf", "type": "MG2"}, {"name": "ROTI THWAITE.pdf", "type": "ROTI"}] + d
    expected(out, name, 1, ["MG3", "ABE_RECORDING", "ABE_SUMMARY", "MG11", "BWV", "MG2", "ROTI", "PNC", "INCIDENT_LOG", "CRIME_REPORT", "MG6C", "MG6D", "MG12"],
             ["key_statements", "victim_care"],
             ["mg3_present", "test_sought", "early_advice", "oic_contact", "lines_of_enquiry", "suspect_account", "outstanding_dated", "complainant_account",
              "abe_recording", "abe_summary", "abe_exhibited", "abe_plan", "officer_statement", "signed", "suspect_interview", "previous_convictions",
              "witness_convictions", "mg6c", "mg6d", "schedule_descriptions", "rebuttable_presumption", "dig_dpn", "dig_prop", "multimedia", "exhibits", "forensic_medical",
              "special_measures", "files_readable", "one_urn", "third_party_request", "third_party_notice"], docs)


# ================================================================ CASE 09  (faulty: ABE not exhibited by anyone; MG6D missing though sensitive material mentioned)
def case09(out):
    name = "GW_TALON_0455726"
    F = os.path.join(out, name); os.makedirs(F)
    URN = "35GW0455726"
    H = "GREYWATER POLICE  ::  TALON  ::  " + URN + "  ::  OFFICIAL-SENSITIVE"
    FT = "TALON print - {n} / {nb}"
    mg3 = [("kv", [("Form", "MG3 - Report to Crown Prosecutor for Charging Decision"), ("Force / unit", "Greywater Police - Sapphire Team"),
                   ("Officer in the case", "DC 5081 Yusuf RAHMAN, 01632 960455, yusuf.rahman@greywater.police.example"),
                   ("Supervisor", "DS 1733 Carla FINNEGAN - reviewed and endorsed 2026-10-14"),
                   ("URN", URN), ("Test requested", "Full Code Test"),
                   ("Suspect", "DOYLE, Patrick Sean (27) - pre-charge bail to 2026-11-30; conditions: no contact with the complainant; not to enter Greywater Quay apartments"),
                   ("Complainant", "KAUR, Simran (23)"), ("Offence", "Rape (s.1 SOA 2003), 2026-07-19, Flat 14 Greywater Quay")]),
           ("h", "Early advice"), ("p", "Not sought - straightforward first-date allegation with both parties' accounts obtained within 48 hours."),
           ("h", "Facts"),
           ("p", "The complainant met the suspect through a dating app and went on a first date on 18 July 2026. She went back to his flat at about 23:45 and they kissed on the sofa. She says she told him she did not want to have sex and wanted to go home, and he held her arms and raped her. She left at 00:50 and called her cousin Manpreet KAUR from the taxi, crying, and told her. Manpreet's statement is attached. She reported by 999 at 01:30 (CAD 0047). PC 2604 DUFFY was the first officer to see her. Her video-recorded interview took place on 2026-07-21; the recording and summary are attached."),
           ("h", "Suspect's account"), ("p", "Interviewed 2026-07-20. Says sex was consensual and she initiated it; that she left suddenly after a phone call and he does not know why she is alleging rape."),
           ("h", "Lines of enquiry"),
           ("p", "- Taxi (Greywater Cars) records: pick-up 00:52 from the Quay - consistent with her account. Driver spoken to: she was crying on the phone (PNB, MG6C).\n- Dating app messages: the suspect's account and hers were both viewed on his phone with his consent - flirtatious messages before the date; nothing about sex. Her phone has not been taken: the same messages are on his device.\n- The phone call the suspect says made her leave (points away): her call log screenshot (taken by her and sent to OIC) shows no incoming call before 00:52 and the outgoing call to Manpreet at 00:54.\n- Concierge CCTV at Greywater Quay: shows them arriving 23:44 and her leaving alone at 00:49, walking fast; clip attached.\n- SARC: examined 2026-07-19 05:00, consent to release given; bruising to both upper arms (FME statement attached). Swabs: semen present, DNA matches suspect (SFR1 attached) - intercourse accepted anyway.\n- Sensitive material: the suspect is the subject of a 2025 intelligence report from another force and the complainant was referred to MARAC in 2024 in respect of a different partner. Both items are recorded on the sensitive schedule."),
           ("h", "Outstanding"), ("p", "None."),
           ("h", "Victim and witnesses"),
           ("p", "Special measures: s.17(4) eligible; ABE as evidence-in-chief, screens; she wants s.28 pre-recorded cross-examination. No intermediary. Needs: Punjabi interpreter for her mother if she attends court; Simran needs none. ISVA referral 2026-07-19 (Greywater ISVA service). VPS offered 2026-07-21; made 2026-08-02 (attached)."),
           ("h", "Disclosure"), ("p", "Unused material is scheduled on the MG6C and the sensitive schedule.")]
    emit(F, "MG3_KAUR.pdf", "pdf", mg3, head=H, foot=FT)
    emit(F, "KAUR VRI 21072026.mp4", "video", seconds=4, label="GREYWATER VRI 2026-07-21 10:30")
    emit(F, "KAUR VRI summary.pdf", "pdf", [("title", "VRI summary"), ("p", f"{URN}. Simran KAUR. 2026-07-21 10:30-11:35. Interviewer DC 3377 Beth ANSTEY."),
        ("p", "Meeting on the app, the date, going back to the flat, kissing on the sofa, telling him she did not want sex and wanted to go home, him holding her upper arms and raping her, leaving, calling her cousin from the taxi.")], head=H, foot=FT)
    emit(F, "MG11 DC RAHMAN.pdf", "pdf", mg11(URN, "RAHMAN, Yusuf", "Over 18", "DC 5081", "2026-07-22", [
        "On Monday 20 July 2026 at 09:10 I arrested Patrick DOYLE at Flat 14 Greywater Quay on suspicion of rape. He replied 'she wanted it'. I seized the bedding from the sofa (YR/1).",
        "On 20/07/2026 I reviewed concierge CCTV at Greywater Quay and downloaded 23:40-00:55 18-19/07/2026, which I produce as YR/2.",
        "With DOYLE's consent I viewed the dating app conversation on his phone and photographed it (YR/3)."], sig="Signature: Y Rahman", style="B", pp="1"), head=H, foot=FT)
    emit(F, "Greywater Quay concierge 2344.mp4", "video", seconds=3, label="GW QUAY LOBBY 18/07/26 23:44:10", audio=False, tint=(60, 55, 50))
    emit(F, "Manpreet KAUR MG11.docx", "docx", mg11(URN, "KAUR, Manpreet", "Over 18", "Nurse", "2026-07-20", [
        "Simran is my cousin. At about 00:54 on Sunday 19 July 2026 she rang me from a taxi, crying so much I could hardly understand her. She said the man from the date had forced himself on her after she told him she wanted to go home. I told her to come to mine and call the police."], sig="Signature: M Kaur", style="A", pp="1"))
    emit(F, "MG11 PC DUFFY.pdf", "pdf", mg11(URN, "DUFFY, Aoife", "Over 18", "PC 2604", "2026-07-19", [
        "At 01:48 on 19/07/2026 I attended 3 Larch Court, Greywater (CAD 0047). I was the first officer to see Simran KAUR. She said a man she met on a date had raped her at his flat at Greywater Quay about an hour earlier. I took her to the SARC."], sig="Signature: A Duffy", style="A", pp="1"), head=None)
    emit(F, "Dr OSEI FME.pdf", "pdf", mg11(URN, "Dr Kwame OSEI", "Over 18", "FME, Greywater SARC", "2026-07-25", [
        "I examined Simran KAUR on 19/07/2026 at 05:00 with her written consent, including to release of my findings. I found fingertip-pattern bruising to both upper arms consistent with gripping. I took swabs KO/1-KO/4."], sig="Signature: K Osei", style="B", pp="1"), head=None)
    emit(F, "SFR1 GW.pdf", "pdf", [("title", "SFR1"), ("p", f"{URN}. Semen on KO/2; DNA matches Patrick Sean DOYLE. Scientist Ms L. FROME, 2026-09-02.")], head=None)
    emit(F, "VPS KAUR.pdf", "pdf", [("title", "Victim Personal Statement"), ("p", f"{URN}. Simran KAUR 2026-08-02. I have stopped going out and I left my course for a term. Signed S Kaur.")], head=H, foot=FT)
    emit(F, "ROTI DOYLE.pdf", "pdf", [("title", "Record of taped interview"), ("p", f"{URN}. Patrick Sean DOYLE 2026-07-20 14:00-14:40. DC RAHMAN / DC ANSTEY."),
        ("p", "Accepts sex. Says it was consensual, she 'started it'. She got a phone call and left suddenly. Denies holding her arms.")], head=H, foot=FT)
    d = std_docs(F, URN, H, FT, "DOYLE, Patrick Sean", "02/02/1999", "17/0318862Q", "DC 5081 RAHMAN",
                 "GREYWATER POLICE CAD 0047 19/07/2026\n01:30 999 FEMALE 23 REPORTS RAPE BY MALE MET ON DATING APP AT FLAT 14 GREYWATER QUAY APPROX 0030. NOW AT COUSIN'S 3 LARCH CT.\n01:32 PC 2604 DEPLOYED\n01:48 ON SCENE\n03:10 SARC ARRANGED 0500\n03:15 CRIME GW/26/045572",
                 [("title", "TALON crime GW/26/045572"), ("kv", [("Offence", "Rape"), ("Victim", "KAUR, Simran, F, 23, British Sikh"), ("Suspect", "DOYLE, Patrick Sean"), ("First complaint", "Phone call to cousin 00:54; 999 01:30")])],
                 [["KAUR, Simran", "No trace"], ["KAUR, Manpreet", "No trace"], ["Officers / FME", "Nil"]],
                 [["1", "CAD 0047 19/07/2026 and 999 recording (CAD with file)", "TALON"], ["2", "Crime GW/26/045572 (copy with file)", "TALON"],
                  ["3", "Greywater Cars booking record 00:52 19/07/2026 and PNB entry re driver D. MALIK: complainant crying on phone", "OIC"],
                  ["4", "Screenshot of complainant's call log 19/07/2026 00:00-01:30, sent by her 22/07/2026", "OIC"],
                  ["5", "ABE interview plan 20/07/2026", "OIC"], ["6", "Custody record DOYLE 20/07/2026", "Custody"]],
                 None,
                 [["YR/1", "Sofa bedding", "DC RAHMAN"], ["YR/2", "Concierge CCTV 23:40-00:55 (clip in file)", "DC RAHMAN"], ["YR/3", "Photos of dating app chat", "DC RAHMAN"],
                  ["KO/1-4", "SARC swabs", "Dr OSEI"]])
    docs = [{"name": "MG3_KAUR.pdf", "type": "MG3"}, {"name": "KAUR VRI 21072026.mp4", "type": "ABE_RECORDING"}, {"name": "KAUR VRI summary.pdf", "type": "ABE_SUMMARY"},
            {"name": "MG11 DC RAHMAN.pdf", "type": "MG11", "role": "officer"}, {"name": "Greywater Quay concierge 2344.mp4", "type": "CCTV"},
            {"name": "Manpreet KAUR MG11.docx", "type": "MG11", "role": "first_account"}, {"name": "MG11 PC DUFFY.pdf", "type": "MG11", "role": "officer"},
            {"name": "Dr OSEI FME.pdf", "type": ["MG11", "MEDICAL"], "role": "expert"}, {"name": "SFR1 GW.pdf", "type": "FORENSIC"}, {"name": "VPS KAUR.pdf", "type": "VPS"},
            {"name": "ROTI DOYLE.pdf", "type": "ROTI"}] + d
    expected(out, name, 1, ["MG3", "ABE_RECORDING", "ABE_SUMMARY", "MG11", "CCTV", "FORENSIC", "VPS", "ROTI", "PNC", "INCIDENT_LOG", "CRIME_REPORT", "MG6C", "MG12"],
             ["abe_exhibited", "mg6d"],
             ["mg3_present", "test_sought", "early_advice", "oic_contact", "lines_of_enquiry", "suspect_account", "outstanding_dated", "complainant_account",
              "abe_recording", "abe_summary", "abe_plan", "key_statements", "officer_statement", "signed", "suspect_interview", "previous_convictions",
              "witness_convictions", "mg6c", "schedule_descriptions", "rebuttable_presumption", "dig_dpn", "dig_prop", "multimedia", "forensic_medical",
              "special_measures", "victim_care", "files_readable", "one_urn", "third_party_request", "third_party_notice"], docs)


# ================================================================ CASE 10  (faulty: blanket third-party records request)
def case10(out):
    name = "KM0170826 - HARTLEY (non-recent)"
    F = os.path.join(out, name); os.makedirs(F)
    URN = "71KM0170826"
    H = "Kestrelmoor Police  -  MERIDIAN  -  Ref " + URN
    FT = "MERIDIAN  Page {n} of {nb}  OFFICIAL-SENSITIVE"
    mg3 = [("p", "KESTRELMOOR POLICE\nMERIDIAN case management - memorandum format MG3"),
           ("p", "To: CPS RASSO Unit\nFrom: DC 2455 Joanna PRIESTLEY, OIC (01632 960170 / joanna.priestley@kestrelmoor.police.example)\nDate: 12 Sept 2026\nURN: " + URN),
           ("title", "Report to Crown Prosecutor for a charging decision"),
           ("p", "1. I request a Full Code Test decision. Suspect: Derek Alan MORLEY (67), former youth football coach. Complainant: Craig HARTLEY (40). Offences: indecent assault on a male (s.15 Sexual Offences Act 1956) x4, 1998-2000, when the complainant was 12-14. The suspect was voluntarily interviewed and is released under investigation: he has no current access to children, the complainant is an adult living abroad half the year, and bail conditions were judged unnecessary (DS ELLWOOD, 20/05/2026)."),
           ("p", "2. Early advice was sought on 02/06/2026 (CPS, Mr R. OYEDELE) on the offences available under the 1956 Act; the advice was followed."),
           ("p", "3. The complainant says MORLEY, his coach at Kestrelmoor Rovers Juniors, touched his penis over and under his clothes in the club minibus and in MORLEY's car after away matches, on many occasions between September 1998 and the summer of 2000. He told no-one until 2019, when he told a colleague at work during a night shift after a news story about football abuse. That colleague, Mr Neil BRADSHAW, has made a statement. He reported to police on 14 April 2026."),
           ("p", "4. MORLEY's account (interview 19/05/2026): he accepts coaching the complainant and driving players home, denies any touching, and says the complainant 'always had it in for me' after being dropped from the team in 2000."),
           ("p", "5. Lines of enquiry. (a) Other players of the 1998-2000 squad: 9 traced, 7 spoken to, none allege abuse; one (Mr L. GRANT) recalls MORLEY driving Craig home alone 'loads of times' (statement). (b) Points away: the team-selection grievance - the club's 2000 team sheets (obtained from a former secretary) show Craig was dropped in May 2000; his account starts in 1998, before. (c) Club records and FA safeguarding: FA confirms no complaints recorded. (d) Medical, counselling and social care records of the complainant: requested from the NHS Trust and the County Council (request attached); the complainant was given notice. (e) No digital or forensic opportunities given the passage of time."),
           ("p", "6. Outstanding: the Trust and Council responses - target 30/10/2026."),
           ("p", "7. Victim: special measures considered - screens, and a s.28 pre-recorded cross-examination was explained to him on 20/04/2026; he does not want it. Not vulnerable; no intermediary. He has asked for contact by email as he works offshore; no interpreter. ISVA referral 15/04/2026 (Survivors North, male ISVA). VPS offered 20/04/2026; he made one (attached)."),
           ("p", "8. Disclosure: MG6C and MG6D attached. Reviewed by DS 0918 Mark ELLWOOD, 12/09/2026.")]
    emit(F, "MG3 memo HARTLEY.pdf", "pdf", mg3, head=H, foot=FT, serif=True)
    emit(F, "Craig HARTLEY MG11.docx", "docx", mg11(URN, "HARTLEY, Craig", "Over 18", "Offshore technician", "20/04/2026", [
        "I was asked whether I wanted a video-recorded interview or a written statement and I chose a written statement.",
        "From 1998 to 2000 I played for Kestrelmoor Rovers Juniors. Derek MORLEY was the coach. After away games he drove some of us home in the club minibus or his own car, and I was usually last to be dropped off because I lived furthest out.",
        "Many times, starting in the autumn of 1998 when I was 12, he put his hand on my crotch while driving, first over my tracksuit and later inside it, and rubbed my penis. The worst times were in his car, a red Vauxhall Cavalier, when he parked in the lay-by on Moor Lane before my house.",
        "I never told anyone until 2019. I was on a night shift and there was a news story about football coaches. I told my colleague Neil that it had happened to me."], sig="Signature: C Hartley", style="A", pp="3"))
    emit(F, "BRADSHAW MG11.pdf", "pdf", mg11(URN, "BRADSHAW, Neil", "Over 18", "Offshore technician", "02/05/2026", [
        "I work with Craig HARTLEY. On a night shift in November 2019, after a news item about abuse in football, Craig went quiet and then told me his coach had 'interfered with' him in the car after matches when he was a boy. He asked me not to tell anyone."], sig="(Sgd) N. Bradshaw", style="C", pp="1"), head=None)
    emit(F, "GRANT MG11.pdf", "pdf", mg11(URN, "GRANT, Lewis", "Over 18", "Teacher", "10/06/2026", [
        "I played for Kestrelmoor Rovers Juniors 1998-2001. Mr MORLEY drove players home after away games. Craig HARTLEY was often the last one left in the car because he lived out past Moor Lane. I saw Mr MORLEY drive off with just Craig loads of times."], sig="Signature: L Grant", style="B", pp="1"), head=H, foot=FT)
    emit(F, "PC statement front desk.pdf", "pdf", mg11(URN, "NOAKES, Hayley", "Over 18", "PC 3380", "14/04/2026", [
        "On 14 April 2026 at 10:30 I took a telephone report from Craig HARTLEY (incident 0322). I was the first officer to deal with him. He said his football coach had sexually assaulted him in 1998-2000. I recorded his initial account and made the referral to the RASSO team."], sig="Signature: H Noakes", style="A", pp="1"), head=H, foot=FT)
    emit(F, "request to NHS Trust and Council.pdf", "pdf", [
        ("p", "Kestrelmoor Police - RASSO Team\n09 June 2026"),
        ("p", "To: Information Governance, Kestrelmoor NHS Foundation Trust\nTo: Data Protection Officer, Kestrelmoor County Council (Children's and Adults' Services)"),
        ("title", "Request for disclosure of records - police investigation"),
        ("p", "Name: Craig HARTLEY   dob 03/03/1986   Police ref: " + URN),
        ("p", "Kestrelmoor Police is investigating a serious sexual offence in which the above person is the complainant. Please provide copies of all records you hold relating to him from birth to the present date, including GP and hospital records, mental health and counselling records, and all social services files."),
        ("p", "This request is made under the Data Protection Act 2018 Schedule 2. Please send the material to the OIC by 30/10/2026."),
        ("p", "DC 2455 J PRIESTLEY")], head=None)
    emit(F, "letter to C HARTLEY re records.pdf", "pdf", [("p", "Kestrelmoor Police, 09/06/2026\nTo: Mr Craig HARTLEY (sent by email to his address on file)"),
        ("title", "Notice: request for information about you"),
        ("p", "We are writing to tell you that today we have asked Kestrelmoor NHS Foundation Trust and Kestrelmoor County Council for records they hold about you. We will keep what we receive securely and the officer in the case will read it. Anything relevant will be listed as sensitive and will only be disclosed if the law requires it; we will speak to you first. If you have any concerns please contact DC PRIESTLEY."),
        ("p", "DC 2455 J PRIESTLEY")], head=None)
    emit(F, "VPS HARTLEY.pdf", "pdf", [("title", "Victim Personal Statement"), ("p", f"{URN}. Craig HARTLEY, 20/04/2026. Signed C Hartley."), ("p", "This has affected my trust in everyone. I stopped playing football at 14 and never went back.")], head=H, foot=FT)
    emit(F, "ROTI MORLEY.pdf", "pdf", [("title", "Record of taped interview (voluntary attendance)"), ("p", f"{URN}. Derek Alan MORLEY 19/05/2026 10:00-10:52. DC PRIESTLEY. Solicitor Ms F. GILL."),
        ("p", "Accepts coaching Craig and driving players home. Denies ever touching any player. 'Craig had it in for me after I dropped him.' Drove a red Vauxhall Cavalier in the late 1990s.")], head=H, foot=FT)
    d = std_docs(F, URN, H, FT, "MORLEY, Derek Alan", "21/01/1959", "74/0011245H", "DC 2455 PRIESTLEY",
                 "KESTRELMOOR INCIDENT 0322 14/04/2026\n10:22 PHONE REPORT: MALE 40 REPORTS NON-RECENT SEXUAL ABUSE BY FOOTBALL COACH 1998-2000.\n10:30 PC 3380 TAKES ACCOUNT\n11:15 RASSO REFERRAL. CRIME KM/26/017082",
                 [("title", "MERIDIAN crime KM/26/017082"), ("kv", [("Offence", "Indecent assault on a male (1956 Act) - non-recent"), ("Victim", "HARTLEY, Craig, M, 40"), ("Suspect", "MORLEY, Derek Alan"), ("First complaint", "Colleague N BRADSHAW, Nov 2019")])],
                 [["HARTLEY, Craig", "No trace"], ["BRADSHAW, Neil", "No trace"], ["GRANT, Lewis", "No trace"], ["Officers", "Nil"]],
                 [["1", "Incident 0322 14/04/2026 (copy with file)", "MERIDIAN"], ["2", "Crime KM/26/017082 (copy with file)", "MERIDIAN"],
                  ["3", "Kestrelmoor Rovers team sheets 1999-2000 (former secretary Mrs P. AINSLEY) - Craig dropped May 2000", "OIC"],
                  ["4", "PNB entries: 7 former squad members spoken to, none allege abuse (names and dates listed)", "OIC"],
                  ["5", "FA safeguarding email 11/05/2026 - no complaints recorded against MORLEY", "OIC"], ["6", "Record of early advice 02/06/2026", "OIC"]],
                 [["1", "Complainant's address and contact details", "Personal data"], ["2", "Any NHS / Council records received in response to the 09/06/2026 request (none yet received)", "Confidential third-party records"]],
                 [["-", "No exhibits are produced in this case", "-"]])
    docs = [{"name": "MG3 memo HARTLEY.pdf", "type": "MG3"}, {"name": "Craig HARTLEY MG11.docx", "type": "MG11", "role": "complainant"},
            {"name": "BRADSHAW MG11.pdf", "type": "MG11", "role": "first_account"}, {"name": "GRANT MG11.pdf", "type": "MG11", "role": "witness"},
            {"name": "PC statement front desk.pdf", "type": "MG11", "role": "officer"},
            {"name": "request to NHS Trust and Council.pdf", "type": ["THIRD_PARTY", "CORRESPONDENCE", "OTHER"]},
            {"name": "letter to C HARTLEY re records.pdf", "type": ["CORRESPONDENCE", "THIRD_PARTY", "OTHER"]}, {"name": "VPS HARTLEY.pdf", "type": "VPS"},
            {"name": "ROTI MORLEY.pdf", "type": "ROTI"}] + d
    expected(out, name, 1, ["MG3", "MG11", "VPS", "ROTI", "PNC", "INCIDENT_LOG", "CRIME_REPORT", "MG6C", "MG6D", "MG12"],
             ["third_party_request"],
             ["mg3_present", "test_sought", "early_advice", "oic_contact", "suspect_account", "outstanding_dated", "complainant_account",
              "abe_recording", "abe_summary", "abe_exhibited", "key_statements", "officer_statement", "signed", "suspect_interview", "previous_convictions",
              "witness_convictions", "mg6c", "mg6d", "schedule_descriptions", "rebuttable_presumption", "dig_dpn", "multimedia", "exhibits",
              "special_measures", "victim_care", "files_readable", "one_urn", "third_party_notice"], docs)


# ---------------------------------------------------------------- shared documents
def pnc(name, dob, pncid, by, date, convs):
    t = "POLICE NATIONAL COMPUTER - PRINT OF CONVICTIONS / CAUTIONS\nSUBJECT: %s   DOB %s   PNCID %s\nREQUESTED BY %s  %s\n\n" % (name, dob, pncid, by, date)
    if not convs:
        t += "CONVICTIONS: 0  CAUTIONS: 0\nNO TRACE OF CONVICTIONS, CAUTIONS, REPRIMANDS OR WARNINGS\n"
    else:
        t += "CONVICTIONS: %d\n\n" % len(convs)
        for i, c in enumerate(convs, 1):
            t += "%d. %s\n\n" % (i, c)
    return [("mono", t + "END OF PRINT")]


def sched(title, urn, case, officer, hdr, rows, widths):
    return [("title", title), ("p", "URN %s    R v %s    Disclosure officer: %s" % (urn, case, officer)),
            ("table", hdr, rows, widths)]


CASES = [case01, case02, case03, case04, case05, case06, case07, case08, case09, case10]

if __name__ == "__main__":
    out = sys.argv[1]
    if os.path.exists(out):
        shutil.rmtree(out)
    os.makedirs(out)
    for c in CASES:
        c(out)
