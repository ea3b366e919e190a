#!/usr/bin/env python3
"""batch18: eight synthetic RASSO pre-charge case folders with expected outcomes.

Usage: python make_batch.py OUTDIR
Deterministic: fixed dates, seeded noise, fixed PDF creation dates, fixed zip timestamps.
All names, places, forces and systems are invented. Phone numbers are from the Ofcom drama ranges.
"""
import sys, os, io, re, json, math, wave, struct, random, zipfile, datetime, shutil
import numpy as np
from PIL import Image, ImageDraw, ImageFont
from fpdf import FPDF
from fpdf.fonts import FontFace
import docx
from docx.shared import Pt, Cm
import openpyxl
from openpyxl.styles import Alignment, Font, PatternFill
import av

FD = '/usr/share/fonts/truetype/dejavu/'
FIXED = datetime.datetime(2026, 9, 28, 9, 30, tzinfo=datetime.timezone.utc)
ZIPDATE = (2026, 9, 28, 9, 30, 0)

DECL = ("This statement (consisting of {n} page(s) each signed by me) is true to the best of my knowledge "
        "and belief and I make it knowing that, if it is tendered in evidence, I shall be liable to "
        "prosecution if I have wilfully stated in it anything which I know to be false, or do not "
        "believe to be true.")
MG11_LAW = "(Criminal Procedure Rules, r 16.2; Criminal Justice Act 1967, s. 9; Magistrates' Courts Act 1980, s.5B)"


# ----------------------------------------------------------------------------- PDF
class PDF(FPDF):
    def __init__(self, head=None, foot=None, pages=True, cont=None):
        super().__init__(format='A4')
        for st, fn in (('', 'DejaVuSans.ttf'), ('B', 'DejaVuSans-Bold.ttf'), ('I', 'DejaVuSans-Oblique.ttf')):
            self.add_font('DV', st, FD + fn)
        self.head, self.foot, self.show_pages, self.cont = head, foot, pages, cont
        self.set_creation_date(FIXED)
        self.set_margins(16, 13, 16)
        self.set_auto_page_break(True, 20)
        self.add_page()

    def header(self):
        if self.head:
            self.set_font('DV', '', 7.5)
            self.set_text_color(80)
            self.cell(0, 4, self.head, align='C', new_x='LMARGIN', new_y='NEXT')
            self.set_text_color(0)
            self.ln(2)
        if self.cont and self.page_no() > 1:
            self.set_font('DV', 'B', 9)
            self.cell(0, 5, self.cont, new_x='LMARGIN', new_y='NEXT')
            self.ln(2)

    def footer(self):
        parts = []
        if self.foot:
            parts.append(self.foot)
        if self.show_pages:
            parts.append(f'Page {self.page_no()} of {{nb}}')
        if parts:
            self.set_y(-14)
            self.set_font('DV', '', 7.5)
            self.set_text_color(80)
            self.cell(0, 4, '      '.join(parts), align='C')
            self.set_text_color(0)


def render_blocks(pdf, blocks):
    for b in blocks:
        k = b[0]
        if k == 'title':
            pdf.set_font('DV', 'B', 13)
            pdf.multi_cell(0, 7, b[1], align='C', new_x='LMARGIN', new_y='NEXT')
            pdf.ln(1)
        elif k == 'sub':
            pdf.set_font('DV', '', 8.5)
            pdf.multi_cell(0, 4.5, b[1], align='C', new_x='LMARGIN', new_y='NEXT')
            pdf.ln(1)
        elif k == 'h':
            pdf.ln(1.5)
            pdf.set_font('DV', 'B', 10.5)
            pdf.multi_cell(0, 5.5, b[1], new_x='LMARGIN', new_y='NEXT')
            pdf.ln(0.5)
        elif k == 'p':
            pdf.set_font('DV', '', 9.5)
            pdf.multi_cell(0, 5, b[1], new_x='LMARGIN', new_y='NEXT')
            pdf.ln(1.5)
        elif k == 'mono':
            pdf.set_font('DV', '', 8.5)
            pdf.multi_cell(0, 4.3, b[1], new_x='LMARGIN', new_y='NEXT')
            pdf.ln(0.5)
        elif k == 'small':
            pdf.set_font('DV', '', 7.5)
            pdf.multi_cell(0, 4, b[1], new_x='LMARGIN', new_y='NEXT')
            pdf.ln(1)
        elif k == 'kv':
            widths = b[2] if len(b) > 2 else (30, 70)
            pdf.set_font('DV', '', 9)
            with pdf.table(col_widths=widths, first_row_as_headings=False, line_height=4.8,
                           text_align='LEFT') as t:
                for lab, val in b[1]:
                    r = t.row()
                    r.cell(lab, style=FontFace(emphasis='BOLD', fill_color=(232, 232, 232)))
                    r.cell(val)
            pdf.ln(2)
        elif k == 'table':
            heads, rows = b[1], b[2]
            widths = b[3] if len(b) > 3 else None
            pdf.set_font('DV', '', 8.5)
            with pdf.table(col_widths=widths, line_height=4.5, text_align='LEFT',
                           headings_style=FontFace(emphasis='BOLD', fill_color=(215, 215, 215))) as t:
                r = t.row()
                for h in heads:
                    r.cell(h)
                for row in rows:
                    r = t.row()
                    for cval in row:
                        r.cell(str(cval))
            pdf.ln(2)
        elif k == 'urnboxes':
            pdf.set_font('DV', 'B', 9)
            pdf.cell(28, 7, b[1])
            pdf.set_font('DV', '', 10)
            for ch in b[2]:
                pdf.cell(6, 7, ch, border=1, align='C')
            pdf.ln(9)
        elif k == 'pb':
            pdf.add_page()
        elif k == 'rule':
            pdf.ln(1)
            y = pdf.get_y()
            pdf.line(pdf.l_margin, y, pdf.w - pdf.r_margin, y)
            pdf.ln(2)
        else:
            raise ValueError(k)


def write_pdf(path, blocks, head=None, foot=None, pages=True, cont=None):
    pdf = PDF(head, foot, pages, cont)
    render_blocks(pdf, blocks)
    pdf.output(path)
    return pdf.pages_count


# ----------------------------------------------------------------------------- images of pages
def _font(px, bold=False):
    return ImageFont.truetype(FD + ('DejaVuSans-Bold.ttf' if bold else 'DejaVuSans.ttf'), px)


def _wrap(text, font, width):
    out = []
    for para in text.split('\n'):
        words, line = para.split(' '), ''
        for w in words:
            t = (line + ' ' + w).strip()
            if font.getlength(t) <= width:
                line = t
            else:
                if line:
                    out.append(line)
                line = w
        out.append(line)
    return out


def blocks_to_lines(blocks, fpx, width):
    """-> list of (text, bold, size_px, centred)"""
    reg, bold, big, small = _font(fpx), _font(fpx, True), _font(int(fpx * 1.3), True), _font(int(fpx * 0.8))
    lines = []
    for b in blocks:
        k = b[0]
        if k == 'title':
            for l in _wrap(b[1], big, width):
                lines.append((l, big, True))
            lines.append(('', reg, False))
        elif k in ('sub', 'small'):
            for l in _wrap(b[1], small, width):
                lines.append((l, small, k == 'sub'))
        elif k == 'h':
            lines.append(('', reg, False))
            for l in _wrap(b[1], bold, width):
                lines.append((l, bold, False))
        elif k in ('p', 'mono'):
            for l in _wrap(b[1], reg, width):
                lines.append((l, reg, False))
            lines.append(('', reg, False))
        elif k == 'kv':
            for lab, val in b[1]:
                for i, l in enumerate(_wrap(f'{lab}: {val}', reg, width)):
                    lines.append((l, bold if i == 0 and False else reg, False))
            lines.append(('', reg, False))
        elif k == 'urnboxes':
            lines.append((f'{b[1]}  ' + ' | '.join(b[2]), reg, False))
        elif k == 'table':
            lines.append((' | '.join(b[1]), bold, False))
            for row in b[2]:
                for l in _wrap(' | '.join(str(c) for c in row), reg, width):
                    lines.append((l, reg, False))
            lines.append(('', reg, False))
        elif k in ('rule', 'pb'):
            lines.append(('', reg, False))
    return lines


def page_images(blocks, dpi=200, fpx=30, seed=0, skew=0.35):
    rnd = random.Random(seed)
    W, H = int(8.27 * dpi), int(11.69 * dpi)
    margin = int(0.85 * dpi)
    lines = blocks_to_lines(blocks, fpx, W - 2 * margin)
    lh = int(fpx * 1.45)
    per = (H - 2 * margin) // lh
    pages = [lines[i:i + per] for i in range(0, len(lines), per)]
    imgs = []
    for pg in pages:
        im = Image.new('L', (W, H), 250)
        d = ImageDraw.Draw(im)
        y = margin
        for text, font, centred in pg:
            x = margin if not centred else (W - font.getlength(text)) / 2
            d.text((x, y), text, fill=rnd.randint(18, 40), font=font)
            y += lh
        for _ in range(900):  # scanner dust
            x, yy = rnd.randrange(W), rnd.randrange(H)
            d.point((x, yy), fill=rnd.randint(150, 210))
        im = im.rotate(skew * (1 if rnd.random() > 0.5 else -1), fillcolor=250, resample=Image.BICUBIC)
        imgs.append(im)
    return imgs


def write_scan_pdf(path, blocks, seed=0):
    imgs = page_images(blocks, seed=seed)
    pdf = FPDF(format='A4')
    pdf.set_creation_date(FIXED)
    pdf.set_auto_page_break(False)
    for im in imgs:
        pdf.add_page()
        pdf.image(im, x=0, y=0, w=210, h=297)
    pdf.output(path)


def write_photo_jpeg(path, blocks, seed=0, angle=2.6):
    rnd = random.Random(seed)
    page = page_images(blocks, dpi=150, fpx=24, seed=seed, skew=0)[0].convert('RGB')
    pw, ph = page.size
    bg = Image.new('RGB', (pw + 260, ph + 240), (96, 78, 62))
    d = ImageDraw.Draw(bg)
    for i in range(0, bg.size[1], 6):  # wood-ish streaks
        c = 86 + rnd.randint(0, 20)
        d.line((0, i, bg.size[0], i + rnd.randint(-3, 3)), fill=(c + 10, c - 6, c - 22), width=3)
    shadow = Image.new('RGB', page.size, (50, 40, 32))
    bg.paste(shadow, (140, 134))
    page = Image.eval(page, lambda v: int(v * 0.93))  # room light
    bg.paste(page, (125, 115))
    bg = bg.rotate(angle, resample=Image.BICUBIC, fillcolor=(70, 58, 46))
    bg.save(path, 'JPEG', quality=84)


# ----------------------------------------------------------------------------- office files
def normalise_zip(path):
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
        for n, data in items:
            if n == 'docProps/core.xml':
                data = re.sub(rb'(<dcterms:(?:created|modified)[^>]*>)[^<]*', rb'\g<1>2026-09-28T09:30:00Z', data)
            zi = zipfile.ZipInfo(n, ZIPDATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def write_docx(path, blocks, head=None, foot=None, author='Caldermoor Constabulary', font='Arial'):
    d = docx.Document()
    st = d.styles['Normal']
    st.font.name = font
    st.font.size = Pt(10)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    if head:
        sec.header.paragraphs[0].text = head
    if foot:
        sec.footer.paragraphs[0].text = foot
    for b in blocks:
        k = b[0]
        if k == 'title':
            p = d.add_paragraph()
            r = p.add_run(b[1])
            r.bold = True
            r.font.size = Pt(14)
            p.alignment = 1
        elif k in ('sub', 'small'):
            p = d.add_paragraph()
            r = p.add_run(b[1])
            r.font.size = Pt(8)
            if k == 'sub':
                p.alignment = 1
        elif k == 'h':
            d.add_heading(b[1], level=2)
        elif k in ('p', 'mono'):
            d.add_paragraph(b[1])
        elif k == 'kv':
            t = d.add_table(rows=0, cols=2)
            t.style = 'Table Grid'
            for lab, val in b[1]:
                cells = t.add_row().cells
                cells[0].text = lab
                cells[0].paragraphs[0].runs[0].bold = True
                cells[1].text = val
            d.add_paragraph('')
        elif k == 'table':
            t = d.add_table(rows=1, cols=len(b[1]))
            t.style = 'Table Grid'
            for i, h in enumerate(b[1]):
                t.rows[0].cells[i].text = h
                t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
            for row in b[2]:
                cells = t.add_row().cells
                for i, cval in enumerate(row):
                    cells[i].text = str(cval)
            d.add_paragraph('')
        elif k == 'urnboxes':
            d.add_paragraph(f'{b[1]} {b[2]}')
        elif k == 'pb':
            d.add_page_break()
        elif k == 'rule':
            d.add_paragraph('_' * 60)
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.revision = 3
    d.save(path)
    normalise_zip(path)


# ----------------------------------------------------------------------------- media
def make_video(path, captions, seconds=3, fmt='mp4', kind='abe', seed=1, stamp=None, title=None):
    rnd = random.Random(seed)
    fps = 12
    cont = av.open(path, 'w', format=fmt)
    if title:
        cont.metadata['title'] = title
    cont.metadata['creation_time'] = '2026-06-08T10:15:00.000000Z'
    if kind == 'abe':  # H.264
        vs = cont.add_stream('libx264', rate=fps)
        vs.options = {'preset': 'veryfast', 'crf': '30', 'threads': '1',
                      'x264-params': 'threads=1:lookahead-threads=1:sliced-threads=0'}
    else:  # CCTV / BWV exports: MPEG-4 Part 2, as many DVR exports are
        vs = cont.add_stream('mpeg4', rate=fps)
        vs.options = {'qscale': '5'}
        vs.bit_rate = 400000
    vs.width, vs.height, vs.pix_fmt = 320, 240, 'yuv420p'
    vs.thread_count = 1
    vs.thread_type = 'NONE'
    a = cont.add_stream('aac', rate=16000)
    a.layout = 'mono'
    f_small = _font(10)
    f_med = _font(12, True)
    n = seconds * fps
    for i in range(n):
        if kind == 'abe':
            im = Image.new('RGB', (320, 240), (168, 160, 146))
            d = ImageDraw.Draw(im)
            d.rectangle((0, 150, 320, 240), fill=(112, 104, 96))
            d.rectangle((40, 95, 110, 175), fill=(70, 90, 120))
            d.rectangle((210, 95, 280, 175), fill=(120, 80, 70))
            d.ellipse((60, 60, 90, 92), fill=(200, 170, 150))
            d.ellipse((230, 60, 260, 92), fill=(190, 160, 140))
            d.rectangle((140, 130, 180, 150), fill=(90, 70, 50))
        elif kind == 'cctv':
            im = Image.new('RGB', (320, 240), (70, 72, 70))
            d = ImageDraw.Draw(im)
            d.polygon([(0, 240), (120, 90), (200, 90), (320, 240)], fill=(110, 110, 105))
            d.rectangle((130, 40, 190, 90), fill=(40, 40, 40))
            x = 130 + int(60 * i / n)
            d.rectangle((x, 120 - i // 3, x + 14, 160 - i // 3), fill=(30, 30, 60))
        else:  # bwv
            im = Image.new('RGB', (320, 240), (22, 24, 30))
            d = ImageDraw.Draw(im)
            d.rectangle((100, 60, 220, 200), fill=(60, 55, 50))
            d.rectangle((150, 110, 175, 200), fill=(150, 120, 60))
            for _ in range(40):
                d.point((rnd.randrange(320), rnd.randrange(240)), fill=(90, 90, 90))
        sec = i // fps
        d.rectangle((0, 0, 320, 16), fill=(0, 0, 0))
        st = (stamp or '{s}').format(s=f'{sec:02d}')
        d.text((4, 2), st, fill=(255, 255, 255), font=f_small)
        y = 200
        for cap in captions:
            d.text((6, y), cap, fill=(255, 255, 0), font=f_med)
            y += 16
        frame = av.VideoFrame.from_ndarray(np.asarray(im), format='rgb24')
        frame.pts = i
        for p in vs.encode(frame):
            cont.mux(p)
    for p in vs.encode():
        cont.mux(p)
    sr, spf = 16000, 1024
    total = seconds * sr
    t = np.arange(total) / sr
    sig = (0.05 * np.sin(2 * np.pi * 180 * t) * (0.5 + 0.5 * np.sin(2 * np.pi * 2.2 * t))
           + 0.01 * np.random.default_rng(seed).standard_normal(total)).astype(np.float32)
    for k in range(0, total, spf):
        chunk = sig[k:k + spf]
        if len(chunk) < spf:
            chunk = np.pad(chunk, (0, spf - len(chunk)))
        fr = av.AudioFrame.from_ndarray(chunk.reshape(1, -1), format='fltp', layout='mono')
        fr.sample_rate = sr
        fr.pts = k
        for p in a.encode(fr):
            cont.mux(p)
    for p in a.encode():
        cont.mux(p)
    cont.close()


def make_wav(path, seconds=4, seed=3):
    rng = np.random.default_rng(seed)
    sr = 8000
    t = np.arange(seconds * sr) / sr
    ring = np.where(t < 1.2, 0.3 * np.sin(2 * np.pi * 425 * t) * (np.sin(2 * np.pi * 2.5 * t) > 0), 0)
    voice = np.where(t >= 1.3, (0.25 * np.sin(2 * np.pi * 210 * t + 3 * np.sin(2 * np.pi * 4 * t))
                                * (0.6 + 0.4 * np.sin(2 * np.pi * 1.7 * t))), 0)
    sig = ring + voice + 0.02 * rng.standard_normal(len(t))
    data = (np.clip(sig, -1, 1) * 32000).astype('<i2').tobytes()
    with wave.open(path, 'wb') as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(sr)
        w.writeframes(data)


def make_sms_screenshot(path, contact, msgs, clock='03:19', seed=5):
    W, H = 720, 1280
    im = Image.new('RGB', (W, H), (245, 245, 245))
    d = ImageDraw.Draw(im)
    d.rectangle((0, 0, W, 50), fill=(30, 30, 30))
    d.text((20, 12), clock, fill=(255, 255, 255), font=_font(24, True))
    d.text((560, 12), '4G  38%', fill=(255, 255, 255), font=_font(22))
    d.rectangle((0, 50, W, 150), fill=(235, 235, 240))
    d.text((90, 80), contact, fill=(0, 0, 0), font=_font(32, True))
    d.text((24, 78), '<', fill=(0, 90, 200), font=_font(40, True))
    y = 190
    f = _font(27)
    for who, when, text in msgs:
        d.text((W // 2 - 60, y), when, fill=(120, 120, 120), font=_font(20))
        y += 34
        lines = _wrap(text, f, 430)
        h = 38 * len(lines) + 24
        if who == 'in':
            box = (24, y, 24 + 470, y + h)
            fill, tc = (225, 225, 228), (0, 0, 0)
        else:
            box = (W - 24 - 470, y, W - 24, y + h)
            fill, tc = (40, 120, 240), (255, 255, 255)
        d.rounded_rectangle(box, radius=22, fill=fill)
        ty = y + 12
        for l in lines:
            d.text((box[0] + 20, ty), l, fill=tc, font=f)
            ty += 38
        y += h + 26
    d.rounded_rectangle((20, H - 90, W - 20, H - 30), radius=28, outline=(180, 180, 180), width=2)
    d.text((44, H - 76), 'Text message', fill=(160, 160, 160), font=_font(24))
    im.save(path, 'PNG', optimize=True)


# ----------------------------------------------------------------------------- common documents
def mg11_blocks(c, w, paras, n_pages, style='form', sig=None):
    """w: dict(name, age, occ, date, sig, ref(optional), intro(optional))"""
    sig = sig or w['sig']
    b = []
    if style in ('form', 'typed'):
        b += [('sub', c['marking']), ('title', 'WITNESS STATEMENT'), ('sub', MG11_LAW)]
        if style == 'typed':
            b.append(('sub', 'TYPED COPY - the original signed statement is retained by the OIC'))
        if c.get('urn_boxes'):
            b.append(('urnboxes', 'URN', c['urn']))
            kv = []
        else:
            kv = [('URN', c['urn'])]
        kv += [('Statement of', w['name']), ('Age if under 18', w.get('age', 'Over 18')),
               ('Occupation', w['occ'])]
        b.append(('kv', kv, (28, 72)))
        b.append(('p', DECL.format(n=n_pages)))
        b.append(('p', f"Signature: {sig}                         Date: {w['date']}"))
        b.append(('small', 'Tick if witness evidence is visually recorded  [ ]   (supply witness details on rear)'))
        b.append(('rule',))
    else:  # plain word-processed / scan
        b += [('p', f"{c['force']}"), ('title', 'Witness Statement'), ('sub', 'CJ Act 1967 s.9; MC Act 1980 s.5B; CrimPR r.16.2'),
              ('p', f"URN: {c['urn']}      Statement of: {w['name']}      Age: {w.get('age', 'Over 18')}      Occupation: {w['occ']}"),
              ('p', DECL.format(n=n_pages)),
              ('p', f"Signed: {sig}      Dated: {w['date']}")]
    for i, p in enumerate(paras):
        if style in ('form', 'typed') and len(paras) > 6 and i == 5:
            b.append(('p', f"Signature: {sig}          Signature witnessed by: {w.get('witnessed', '')}"))
            b.append(('pb',))  # the form's first page is full: continuation sheet follows
        b.append(('p', p))
    b.append(('p', f"Signature: {sig}          Signature witnessed by: {w.get('witnessed', '')}"))
    return b


def write_mg11(path, c, w, paras, style='form'):
    cont = f"Continuation of statement of {w['name']}"
    foot = f"Signature: {w['sig']}      {c['marking']}"
    if style == 'docx':
        blocks = mg11_blocks(c, w, paras, 2, 'plain')
        write_docx(path, blocks, head=c['marking'], foot='MG11', author=c['force'])
        return
    if style == 'scan':
        write_scan_pdf(path, mg11_blocks(c, w, paras, 1, 'plain'), seed=len(w['name']))
        return
    n = 1
    for _ in range(3):
        pdf = PDF(c['marking'] if style != 'form' else None, foot, True, cont)
        render_blocks(pdf, mg11_blocks(c, w, paras, n, style))
        if pdf.pages_count == n:
            break
        n = pdf.pages_count
    pdf.output(path)


def dump_expected(outdir, name, stage, exitcode, present, must_fail, must_not_fail, docs):
    d = {'case': name, 'stage': stage, 'exit': exitcode, 'present_types': sorted(set(present)),
         'must_fail': must_fail, 'must_not_fail': must_not_fail, 'docs': docs}
    with open(os.path.join(outdir, name + '.expected.json'), 'w') as f:
        json.dump(d, f, indent=2)
        f.write('\n')


# ----------------------------------------------------------------------------- form generators
def doc_crime_report(path, c, d):
    head = f"{c['system']}  |  {c['force']}  |  {c['marking']}"
    b = [('title', f"{c['system']} - CRIME RECORD PRINT"),
         ('kv', [('Crime number', d['crime_no']), ('URN', c['urn']), ('Offence (HOCR)', d['offence']),
                 ('Reported', d['reported']), ('Occurred', d['occurred']), ('Location', d['location']),
                 ('Victim', d['victim']), ('Victim diversity', d['pc']), ('Suspect', d['suspect']),
                 ('OIC', c['oic_line']), ('Status', d.get('status', 'Under investigation - CPS referral'))], (28, 72)),
         ('h', 'MO / circumstances'), ('p', d['summary']),
         ('h', 'Investigation log (extract)'),
         ('table', ['Date/time', 'Author', 'Entry'], d['updates'], (18, 20, 62))]
    write_pdf(path, b, head=head, foot='Printed from ' + c['system'] + ' 28/09/2026')


def doc_incident_log(path, c, d):
    b = [('title', d.get('title', 'COMMAND AND CONTROL - INCIDENT LOG')),
         ('kv', [('Incident', d['no']), ('Opened', d['opened']), ('Source', d['source']), ('Location', d['location']),
                 ('Initial grade', d['grade']), ('Closing code', d['closing']), ('Linked URN', c['urn'])], (25, 75)),
         ('table', ['Time', 'Operator', 'Narrative'], d['entries'], (14, 16, 70))]
    write_pdf(path, b, head=c['marking'], foot=c['force'] + ' - control room')


def doc_pnc_suspect(path, c, s):
    b = [('mono', 'PNC PRINT - CONVICTIONS / CAUTIONS / REPRIMANDS / WARNINGS'),
         ('mono', f"Requested by {c['oic_short']} for URN {c['urn']}  on {s['printed']}"),
         ('rule',),
         ('kv', [('Name', s['name']), ('Date of birth', s['dob']), ('PNC ID', s['pnc']), ('CRO', s.get('cro', 'None recorded')),
                 ('Warning signals', s.get('signals', 'None'))], (25, 75))]
    if s['convictions']:
        b.append(('h', f"Convictions: {len(s['convictions'])} occasion(s)"))
        b.append(('table', ['Date', 'Court', 'Offence', 'Disposal'], s['convictions'], (14, 26, 34, 26)))
    else:
        b.append(('p', 'No convictions, cautions, reprimands or warnings recorded on PNC. NO TRACE.'))
    for extra in s.get('notes', []):
        b.append(('p', extra))
    write_pdf(path, b, head='POLICE NATIONAL COMPUTER - ' + c['marking'], foot=None)


def pnc_witness_blocks(c, rows, checked_by, date):
    return [('title', 'Prosecution witnesses - previous convictions checks'),
            ('p', f"URN {c['urn']}.  Checks on PNC and local systems ({c['system']}) completed by {checked_by} on {date}."),
            ('table', ['Witness', 'Role', 'Result'], rows, (30, 25, 45)),
            ('p', 'Any trace above is disclosed to the prosecutor as material presumed to meet the disclosure test.')]


def doc_schedule(path, c, title, form, heads, rows, widths, foot_lines, fmt='pdf', preface=None):
    b = [('sub', c['marking']), ('title', f'{title}'), ('sub', form),
         ('kv', [('URN', c['urn']), ('R v', c['suspect_formal']), ('Disclosure officer', c['do_line'])], (25, 75))]
    if preface:
        b.append(('p', preface))
    b.append(('table', heads, rows, widths))
    for l in foot_lines:
        b.append(('p', l))
    if fmt == 'docx':
        write_docx(path, b, head=c['marking'], author=c['force'])
    else:
        write_pdf(path, b, head=c['system'], foot=c['marking'])


def doc_mg6c(path, c, rows, fmt='pdf', signed='', preface=None):
    doc_schedule(path, c, 'POLICE SCHEDULE OF NON-SENSITIVE UNUSED MATERIAL', 'MG6C',
                 ['Item', 'Description and relative location', 'Reference', 'Comment (CPS use)'], rows, (7, 60, 15, 18),
                 [f'Signature of disclosure officer: {signed}'], fmt, preface)


def doc_mg6d(path, c, rows, fmt='pdf', signed='', preface=None):
    doc_schedule(path, c, 'POLICE SCHEDULE OF SENSITIVE MATERIAL', 'MG6D',
                 ['Item', 'Description', 'Reason for sensitivity', 'CPS view'], rows, (7, 42, 36, 15),
                 [f'Signature of disclosure officer: {signed}'], fmt, preface)


def doc_mg12(path, c, rows, fmt='pdf', signed=''):
    b = [('sub', c['marking']), ('title', 'EXHIBIT LIST'), ('sub', 'MG12'),
         ('kv', [('URN', c['urn']), ('Case', c['suspect_formal'])], (20, 80)),
         ('table', ['Exhibit ref.', 'Description', 'Produced by (statement of)', 'Location / status'], rows, (13, 43, 22, 22)),
         ('p', f'Completed by: {signed}')]
    if fmt == 'docx':
        write_docx(path, b, author=c['force'])
    else:
        write_pdf(path, b, head=c['force'], foot=c['marking'])


def doc_roti(path, c, meta, qa, summary_first=None, title='RECORD OF TAPED INTERVIEW'):
    b = [('sub', c['marking']), ('title', title), ('sub', 'MG15'), ('kv', meta, (26, 74))]
    if summary_first:
        b.append(('h', 'Summary'))
        b.append(('p', summary_first))
    b.append(('table', ['Tape counter', 'Speaker', 'Text'], qa, (12, 14, 74)))
    write_pdf(path, b, head=c['force'], foot=c['marking'])


def doc_abe_summary(path, c, meta, rows, fmt='pdf', title='RECORD OF VIDEO RECORDED INTERVIEW - INDEX AND SUMMARY', notes=None):
    if not any(m[0] == 'URN' for m in meta):
        meta = list(meta) + [('URN', c['urn'])]
    b = [('sub', c['marking']), ('title', title), ('kv', meta, (26, 74)),
         ('table', ['Time', 'Summary of content'], rows, (12, 88))]
    for n in notes or []:
        b.append(('p', n))
    if fmt == 'docx':
        write_docx(path, b, head=c['marking'], author=c['force'])
    else:
        write_pdf(path, b, head=c['force'], foot=c['marking'])


def doc_dpn(path, c, fields, text, fmt='pdf', seed=9):
    b = [('title', 'DIGITAL PROCESSING NOTICE'),
         ('sub', 'Extraction of information from electronic devices: Police, Crime, Sentencing and Courts Act 2022, s.37'),
         ('kv', [('URN', c['urn'])] + fields, (32, 68))]
    for t in text:
        b.append(('p', t))
    if fmt == 'photo':
        write_photo_jpeg(path, b, seed=seed)
    else:
        write_pdf(path, b, head=c['force'] + ' - ' + c['marking'], foot='DPN v3.1')


def mg3_title():
    return 'REPORT TO CROWN PROSECUTOR FOR CHARGING DECISION'


def doc_mg3_kv(path, c, sections, fmt='pdf'):
    b = [('sub', c['marking']), ('title', 'MG3  ' + mg3_title()),
         ('sub', f"{c['force']} - {c['system']}")]
    b.append(('kv', sections, (26, 74)))
    if fmt == 'docx':
        write_docx(path, b, head=c['marking'], foot=f"URN {c['urn']}", author=c['oic_name'])
    else:
        write_pdf(path, b, head=f"{c['system']} case file - MG3 print", foot=c['marking'])


def doc_mg3_numbered(path, c, header, sections, fmt='docx'):
    b = [('title', 'MG3'), ('sub', mg3_title()), ('sub', c['marking']), ('kv', header, (28, 72))]
    n = 1
    for heading, paras in sections:
        b.append(('h', heading))
        for p in paras:
            b.append(('p', f'{n}.  {p}'))
            n += 1
    if fmt == 'docx':
        write_docx(path, b, head=c['marking'], foot='MG3 - ' + c['urn'], author=c['oic_name'], font='Calibri')
    else:
        write_pdf(path, b, head=f"{c['force']}  /  {c['system']}", foot=c['marking'])


def doc_mg3_boxed(path, c, sections):
    b = [('sub', c['marking']), ('title', 'MG3 - ' + mg3_title().title()), ('urnboxes', 'URN:', c['urn'])]
    for heading, text in sections:
        b.append(('h', heading))
        for t in text if isinstance(text, list) else [text]:
            b.append(('p', t))
    write_pdf(path, b, head=c['force'], foot=c['marking'])


def doc_mg3_xlsx(path, c, sections, outstanding, layout='three'):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = 'MG3'
    bold = Font(bold=True)
    wrap = Alignment(wrap_text=True, vertical='top')
    if layout == 'three':
        ws.append([f"{c['system']} export - MG3 Report to Crown Prosecutor for Charging Decision", '', ''])
        ws.append([c['marking'], '', ''])
        ws.append(['Section', 'Field', 'Entry'])
        for cell in ws[3]:
            cell.font = bold
        for sec, field, val in sections:
            ws.append([sec, field, val])
        ws.column_dimensions['A'].width = 22
        ws.column_dimensions['B'].width = 30
        ws.column_dimensions['C'].width = 110
    else:
        ws.append(['MG3 REPORT TO CROWN PROSECUTOR FOR CHARGING DECISION'])
        ws.append([f"Exported from {c['system']} on 28/09/2026 09:12"])
        ws.append([])
        for field, val in sections:
            ws.append([field, val])
        ws.column_dimensions['A'].width = 34
        ws.column_dimensions['B'].width = 120
    for row in ws.iter_rows():
        for cell in row:
            cell.alignment = wrap
    ws2 = wb.create_sheet('Outstanding')
    ws2.append(['Ref', 'Outstanding item', 'Owner', 'Target date'])
    for cell in ws2[1]:
        cell.font = bold
    for r in outstanding:
        ws2.append(list(r))
    ws2.column_dimensions['B'].width = 80
    ws2.column_dimensions['C'].width = 22
    ws2.column_dimensions['D'].width = 14
    wb.properties.creator = c['oic_name']
    wb.properties.created = FIXED.replace(tzinfo=None)
    wb.save(path)
    normalise_zip(path)


def doc_generic(path, c, blocks, fmt='pdf', head=None, foot=None):
    if fmt == 'docx':
        write_docx(path, blocks, head=head or c['marking'], foot=foot, author=c['force'])
    elif fmt == 'scan':
        write_scan_pdf(path, blocks, seed=len(path))
    elif fmt == 'photo':
        write_photo_jpeg(path, blocks, seed=len(path))
    else:
        write_pdf(path, blocks, head=head or c['force'], foot=foot or c['marking'])


# ============================================================================= case helpers
CALDER = dict(force='Caldermoor Constabulary', system='KESTREL', marking='OFFICIAL-SENSITIVE when complete')
SEVERN = dict(force='Severnmouth Police', system='LODESTAR', marking='OFFICIAL - SENSITIVE')
BRACK = dict(force='Brackenshire Police', system='PELICAN Case Manager', marking='OFFICIAL-SENSITIVE [PERSONAL] when complete')


class Case:
    def __init__(self, outdir, name, base, **kw):
        self.name = name
        self.dir = os.path.join(outdir, name)
        os.makedirs(self.dir, exist_ok=True)
        self.c = dict(base, **kw)
        self.docs = []
        self.present = set()

    def p(self, fname):
        return os.path.join(self.dir, fname)

    def add(self, fname, typ, role=None):
        e = {'name': fname, 'type': typ}
        if role:
            e['role'] = role
        self.docs.append(e)
        self.present.add(typ if isinstance(typ, str) else typ[0])

    def finish(self, outdir, stage, exitcode, must_fail, must_not_fail):
        dump_expected(outdir, self.name, stage, exitcode, self.present, must_fail, must_not_fail, self.docs)


ALL_CLEAN = ['mg3_present', 'test_sought', 'lines_of_enquiry', 'suspect_account', 'outstanding_dated',
             'complainant_account', 'abe_recording', 'abe_summary', 'abe_exhibited', 'key_statements',
             'officer_statement', 'signed', 'suspect_interview', 'previous_convictions', 'witness_convictions',
             'mg6c', 'mg6d', 'schedule_descriptions', 'rebuttable_presumption', 'dig_dpn', 'dig_prop',
             'third_party_request', 'third_party_notice', 'multimedia', 'exhibits', 'forensic_medical',
             'special_measures', 'victim_care', 'files_readable', 'one_urn']


# ============================================================================= C01: male complainant
def case01(out):
    k = Case(out, '63CM0441726_ADEYEMI', CALDER, urn='63CM0441726',
             oic_name='DC 3318 Nadia SHAW',
             oic_line='DC 3318 Nadia SHAW, Caldermoor RASSO Team, 01632 960412, nadia.shaw@caldermoor.police.example',
             oic_short='DC 3318 SHAW', suspect_formal='R v Craig Anthony WENLOCK',
             do_line='DC 3318 N. SHAW (OIC and disclosure officer)')
    c = k.c
    # --- MG3: two-column table, labels on the left
    secs = [
        ('URN', c['urn']),
        ('Force / station', 'Caldermoor Constabulary, Kestrel Road police station (RASSO Team North)'),
        ('Officer in the case', c['oic_line']),
        ('Suspect', 'WENLOCK, Craig Anthony, born 02/11/1994 (31), 14 Fernlea Court, Caldermoor'),
        ('Offence(s)', 'Rape of a male aged 16 or over, Sexual Offences Act 2003 s.1(1), between 23:59 on 06/06/2026 and 04:10 on 07/06/2026 at 14 Fernlea Court, Caldermoor'),
        ('Complainant', 'ADEYEMI, Daniel, aged 24 (male)'),
        ('Advice sought', 'Full Code Test. The suspect has been interviewed, all forensic results are back and no further enquiries are outstanding; a full code test decision is requested.'),
        ('Early advice', 'Early advice was not sought because the suspect was interviewed within 48 hours of the report, the only live issue (consent) was clear from that interview and every reasonable line of enquiry could be completed quickly. DI 0672 KERR agreed on 15/06/2026 that the file should come for a full code test decision instead.'),
        ('Summary of key evidence', 'Daniel ADEYEMI went out for a friend\'s birthday at the Drovers Arms, Caldermoor, on 06/06/2026. He knew WENLOCK slightly through the same five-a-side league. By about midnight Daniel was very drunk; WENLOCK offered him the sofa at his flat nearby and the two walked there together. Daniel says he fell asleep fully clothed on the sofa and woke in the dark, face down, with his jeans and boxer shorts pulled down and WENLOCK penetrating his anus with his penis. He said "get off" and pushed back; WENLOCK stopped, said "relax, you were up for it". Daniel left at about 04:10 and walked home. At about 09:30 he told his housemate Joel MARSDEN what had happened (first account, statement obtained). He called 101 at 11:52 on 07/06/2026 (incident CAD 0388). PC 2291 ROWE attended and took his first account. Forensic medical examination at The Birches SARC that afternoon (Dr Miriam OSEI, statement obtained): a 6 mm fresh laceration at the anal margin. Semen on the anal swab (MO/1) gave a DNA profile matching WENLOCK (SFR1 dated 21/08/2026). At 10:02 on 07/06/2026 WENLOCK sent Daniel a WhatsApp message: "hope u got home ok mate. last night got out of hand, sorry, keep it between us yeah". ABE interview 08/06/2026 (DC 2715 ELLERY).'),
        ('Suspect\'s account / likely defence', 'Interviewed 09/06/2026 with a solicitor (ROTI enclosed). WENLOCK accepts anal intercourse took place. He says Daniel was awake, kissed him first on the sofa and consented; the defence will be consent and, in the alternative, reasonable belief in consent. He says the message meant that they had both drunk too much and he did not want their league friends to gossip. He denies Daniel was asleep.'),
        ('Lines of enquiry (including those pointing away from the suspect)', 'Pursued: (1) Kofi BRANDT, who was at the birthday, gives evidence of how drunk Daniel was and that WENLOCK offered him a bed; he also says the two had been "having a laugh and a bit touchy-feely" at the bar, which may assist the defence and is disclosed. (2) Other guests: the remaining six guests were spoken to by DC SHAW on 12-16/06/2026; none saw anything after the pub closed; notebook entries listed on the MG6C. (3) The Drovers Arms has no CCTV covering the exits; the licensee confirmed the system has been faulty since May 2026 (OIC pocket notebook, MG6C item 9). (4) Messages between the two men before the night, to test the suspect\'s claim of mutual attraction: WENLOCK\'s phone was examined with his consent (extraction 10/06/2026); the only earlier messages are about football fixtures. Daniel\'s phone was examined only for the WhatsApp chat with WENLOCK (see digital section). (5) Neighbours at Fernlea Court: house-to-house on 08/06/2026, nothing heard. Not pursued: Daniel\'s medical and counselling history - no line of enquiry points to it and no request has been made.'),
        ('Outstanding evidence / target dates', 'No further enquiries are outstanding. All forensic results have been received (SFR1 of 21/08/2026 enclosed).'),
        ('Forensic and medical', 'Forensic medical examination 07/06/2026 at The Birches SARC by Dr Miriam OSEI, forensic physician; her statement is enclosed. Swabs MO/1-MO/4 submitted to Northgate Forensic Services 09/06/2026; SFR1 received 21/08/2026: semen on MO/1; DNA profile matches WENLOCK (match probability in the order of one in a billion). Toxicology on MO/3-MO/4: alcohol only, back-calculation not requested as intoxication is agreed. Daniel signed consent to the release of the SARC records and the forensic medical report to the police and CPS on 07/06/2026 (consent form held by the SARC, copy listed on the MG6D).'),
        ('Digital material', 'Daniel\'s phone: a Digital Processing Notice was explained and signed on 08/06/2026 (enclosed). The extraction was limited to the WhatsApp conversation with WENLOCK\'s number (07700 900418) and the call log for that number, between 18:00 on 06/06/2026 and 23:59 on 09/06/2026, because the suspect\'s 10:02 message and any contact that night are directly relevant to consent. Nothing else was extracted; the phone was returned the same day (10/06/2026). Extraction summary exhibited as NS/1. No third-party material about Daniel has been requested.'),
        ('Victim and witness care', 'Special measures: Daniel is eligible as the complainant in a sexual offence (YJCEA 1999 s.17(4)). He wants his ABE played as evidence in chief and to give the rest of his evidence behind a screen. On 14/07/2026 the option of s.28 pre-recorded cross-examination was explained; he would like to be cross-examined under s.28 so that he can "get it over with". He is not vulnerable within s.16 and no intermediary assessment is needed. Needs: English first language, no interpreter; he has anxiety since the incident and asks for early contact before any court date. ISVA: referred on 08/06/2026 to the male ISVA at Survivors\' Haven, Caldermoor, who is supporting him. VPS: offered on 12/08/2026; he wants to make it after the charging decision.'),
        ('Disclosure', 'MG6C and MG6D enclosed. Rebuttable presumption material with this file: crime report, CAD incident log, PC ROWE\'s record of first account (her statement), Joel MARSDEN\'s statement, witness PNC checks (one trace, BRANDT). Disclosure officer\'s report (MG6E) enclosed.'),
        ('Bail / RUI', 'WENLOCK is on pre-charge bail to 09/12/2026 (extended by Insp 0210 MOORE on 04/09/2026). Conditions: not to contact Daniel ADEYEMI directly or indirectly, including through social media; not to attend the Caldermoor Five-a-Side League at Kestrel Park while the investigation continues.'),
        ('Supervisor', 'Reviewed and endorsed: DS 1140 Paul GARVEY, 18/09/2026. File is ready for a full code test decision.'),
    ]
    doc_mg3_kv(k.p('MG3_ADEYEMI_v2.pdf'), c, secs)
    k.add('MG3_ADEYEMI_v2.pdf', 'MG3')

    # --- ABE recording + summary + officer statement
    make_video(k.p('VRI_ADEYEMI_080626.mp4'), ['VRI - D. ADEYEMI', 'Exhibit TE/2 (working copy)'],
               seconds=4, stamp='CALDERMOOR VRI SUITE 1  08/06/2026 10:15:{s}', title='ABE interview Daniel ADEYEMI 08/06/2026', seed=11)
    k.add('VRI_ADEYEMI_080626.mp4', 'ABE_RECORDING')
    doc_abe_summary(k.p('Doc1.docx'), c,
                    [('Interviewee', 'Daniel ADEYEMI (24)'), ('Date / place', '08/06/2026, Caldermoor VRI Suite 1, 10:15 to 11:32'),
                     ('Interviewer', 'DC 2715 Tom ELLERY (ABE trained); monitor DC 3318 Nadia SHAW'),
                     ('Exhibits', 'TE/1 master, TE/2 working copy'), ('URN', c['urn'])],
                    [('00:00', 'Introductions, ground rules, explanation of recording; no intermediary or interpreter required.'),
                     ('03:40', 'Free narrative: birthday drinks at the Drovers Arms from about 19:00; amount drunk (about eight pints and two shots).'),
                     ('14:10', 'WENLOCK offers the sofa; the walk to Fernlea Court; Daniel remembers lying down fully clothed.'),
                     ('22:30', 'Waking face down in the dark, jeans and boxer shorts down, the suspect\'s penis in his anus; says "get off", pushes back.'),
                     ('31:05', 'What the suspect said: "relax, you were up for it"; Daniel dresses and leaves about 04:10.'),
                     ('39:50', 'Telling Joel MARSDEN at about 09:30; the 10:02 WhatsApp message; calling 101.'),
                     ('52:15', 'Questioning: no previous sexual contact with the suspect; no kissing on the sofa; how he felt afterwards.'),
                     ('71:30', 'Closure; ISVA details given.')], fmt='docx', title='ABE index / summary - video recorded interview')
    k.add('Doc1.docx', 'ABE_SUMMARY')
    write_mg11(k.p('statement_ELLERY_TE1.pdf'), c,
               dict(name='Tom ELLERY', occ='Police officer - DC 2715', date='08/06/2026', sig='T Ellery'),
               ['I am a Detective Constable with Caldermoor Constabulary, trained to conduct Achieving Best Evidence interviews.',
                'On Monday 8 June 2026 between 10:15 and 11:32 I conducted a video recorded interview with Daniel ADEYEMI at the Caldermoor VRI Suite 1, Kestrel Road. DC SHAW monitored the interview from the adjoining room.',
                'The interview was recorded digitally. At the end of the interview I made a master copy, which I sealed and exhibit as TE/1 (seal 00418833), and a working copy which I exhibit as TE/2. I later prepared the index and summary of the interview.',
                'Both exhibits were booked into the Kestrel Road property store under reference PS/26/3390.'])
    k.add('statement_ELLERY_TE1.pdf', 'MG11', 'officer')

    write_mg11(k.p('MG11 MARSDEN.pdf'), c,
               dict(name='MARSDEN, Joel', occ='Sous chef', date='09/06/2026', sig='[signed]', witnessed='DC 3318 SHAW'),
               ['I live at a shared house on Pennine Street, Caldermoor, with Daniel ADEYEMI and another friend. I have known Daniel for about three years.',
                'On Sunday 7 June 2026 I got up at about 9 am. At about half nine Daniel came into the kitchen. He had not been home when I went to bed. He looked grey and was shaking and would not sit down.',
                'I asked if he was hungover. He said "It\'s worse than that." After a while he told me he had crashed at Craig\'s flat after the birthday, that he had fallen asleep on the sofa and woke up with Craig "doing it" to him, meaning having sex with him from behind. He said he had told him to get off. He kept saying "I was asleep, Joel, I was asleep."',
                'He showed me a message on his phone from Craig that had just come in, something like "last night got out of hand, sorry, keep it between us". I told him he should ring the police and he rang 101 from the kitchen just before midday.',
                'I have never known Daniel to talk about being with men. He has had girlfriends. He was in his room for most of the next week.'])
    k.add('MG11 MARSDEN.pdf', 'MG11', 'first_account')

    write_mg11(k.p('MG11_PC2291_ROWE.pdf'), c,
               dict(name='Hannah ROWE', occ='Police Constable 2291', date='07/06/2026', sig='(Sgd) H. ROWE'),
               ['I am a uniformed Police Constable based at Kestrel Road. On Sunday 7 June 2026 at 12:31 I was deployed to incident CAD 0388 following a 101 call reporting a rape. I arrived at the address on Pennine Street at 12:40 with PC 3007 HALL.',
                'I spoke to Daniel ADEYEMI in the front room. I asked only what I needed to secure evidence and safeguard him. I recorded his first account in my pocket notebook (PNB 44120, pages 14 to 17), which he read and signed at 13:05. In summary he told me he had been out drinking, had gone to sleep at a friend\'s flat and "woke up with him inside me". He named the man as Craig WENLOCK of Fernlea Court.',
                'He had not showered. I advised him not to wash and arranged a SARC appointment. At his request I seized the boxer shorts he had worn, which were in a plastic bag in his room; I exhibit them as HR/1 (seal 00418790).',
                'I conveyed him to The Birches SARC, arriving at 16:20, where I handed over to DC SHAW.'], style='typed')
    k.add('MG11_PC2291_ROWE.pdf', 'MG11', 'officer')

    write_mg11(k.p('scan_0004.pdf'), c,
               dict(name='Kofi BRANDT', occ='Electrician', date='12/06/2026', sig='K. Brandt', witnessed='DC 3318 N SHAW'),
               ['I went to my friend Sam\'s birthday drinks at the Drovers Arms on Saturday 6 June 2026. Daniel ADEYEMI and Craig WENLOCK were both there. I know them through five-a-side.',
                'Daniel was very drunk by the end of the night. He was slurring and nearly fell over by the pool table. Earlier in the evening Daniel and Craig were at the bar having a laugh and Craig had his arm round him, a bit touchy-feely, but everyone was like that.',
                'At closing, about quarter to one, Craig said Daniel could crash at his because it was close. I saw them walk off together towards Fernlea Court. Daniel was leaning on Craig.'], style='scan')
    k.add('scan_0004.pdf', 'MG11', 'witness')

    write_mg11(k.p('Dr_OSEI_FME_statement.pdf'), c,
               dict(name='Dr Miriam OSEI', occ='Forensic physician (MBChB, DFCASA)', date='15/06/2026', sig='M. Osei'),
               ['I am a forensic physician with eleven years\' experience of examining complainants of sexual offences, working sessions at The Birches Sexual Assault Referral Centre, Caldermoor.',
                'On 7 June 2026 from 16:45 I examined Daniel ADEYEMI with his written consent, which included consent to the release of my findings to the police and prosecution. A chaperone was present.',
                'He told me he had been anally penetrated while he was asleep between about 01:30 and 04:00 that morning. On examination I found a fresh 6 mm superficial laceration at the anal margin at the 6 o\'clock position. There were no other injuries.',
                'In my opinion the laceration is recent and is consistent with penetration by a blunt object such as an erect penis. It does not of itself indicate whether the penetration was consensual.',
                'I took the following samples and handed them to DC SHAW: MO/1 anal swab, MO/2 perianal swab, MO/3 blood (toxicology), MO/4 urine (toxicology).'])
    k.add('Dr_OSEI_FME_statement.pdf', 'MG11', 'expert')

    # --- forensic result
    doc_generic(k.p('SFR1_NFS-26-11873.pdf'), c, [
        ('title', 'STREAMLINED FORENSIC REPORT (SFR1)'), ('sub', 'Northgate Forensic Services - Caldermoor laboratory'),
        ('kv', [('Lab ref', 'NFS-26-11873'), ('URN', c['urn']), ('Police ref', 'KESTREL CM/26/14417'),
                ('Submitted', '09/06/2026 by DC 3318 SHAW'), ('Date of report', '21/08/2026'),
                ('Reporting scientist', 'Dr Alison FRAME, forensic scientist')], (25, 75)),
        ('h', 'Result'),
        ('p', 'Semen was identified on the anal swab MO/1. A DNA profile was obtained from the sperm fraction. It matches the reference profile of Craig WENLOCK (PNC 19/0044821X). The probability of a match if the DNA came from someone unrelated to him is in the order of one in a billion.'),
        ('p', 'Toxicology MO/3 and MO/4: ethanol detected; no drugs from the standard screen detected.'),
        ('p', 'This SFR1 is provided under the streamlined forensic reporting process; a full statement can be provided if the result is disputed.')])
    k.add('SFR1_NFS-26-11873.pdf', 'FORENSIC')

    # --- ROTI
    doc_roti(k.p('ROTI_WENLOCK_090626.pdf'), c,
             [('Person interviewed', 'Craig Anthony WENLOCK'), ('Date / time', '09/06/2026, 10:05 to 10:58 (one recording)'),
              ('Place', 'Caldermoor custody suite, interview room 3'), ('Interviewers', 'DC 3318 SHAW, DC 2715 ELLERY'),
              ('Others present', 'Ms R. PATEL, solicitor, Patel & Co'), ('Recording ref', 'DIR-CM-0609-03'), ('URN', c['urn'])],
             [('00:00', 'DC SHAW', 'Introductions; caution given and understood; legal advice confirmed.'),
              ('02:10', 'DC SHAW', 'Tell us what happened after you left the Drovers Arms.'),
              ('02:30', 'WENLOCK', 'Dan was drunk, I said he could stay. We had another drink at mine. He kissed me on the sofa. One thing led to another. He was awake, he was into it.'),
              ('09:45', 'DC ELLERY', 'He says he was asleep when you started.'),
              ('09:52', 'WENLOCK', 'That\'s not true. He was talking to me. He pushed back against me.'),
              ('18:20', 'DC SHAW', 'Did he say anything to you to stop?'),
              ('18:31', 'WENLOCK', 'He said get off at the end, when he sort of sobered up I suppose. So I stopped.'),
              ('27:00', 'DC SHAW', 'Explain your message at 10:02, "keep it between us".'),
              ('27:12', 'WENLOCK', 'We were both wrecked and the lads would rip us. That\'s all it means.'),
              ('51:40', 'DC SHAW', 'Anything to add? Interview concluded 10:58.')],
             summary_first='Suspect accepts anal intercourse; says the complainant was awake, initiated kissing and consented; stopped when told to "get off".')
    k.add('ROTI_WENLOCK_090626.pdf', 'ROTI')

    doc_pnc_suspect(k.p('PNC_WENLOCK.pdf'), c, dict(
        name='WENLOCK, Craig Anthony', dob='02/11/1994', pnc='19/0044821X', cro='041186/19A', printed='10/06/2026',
        convictions=[('12/03/2019', 'Caldermoor Magistrates\' Court', 'Common assault (Criminal Justice Act 1988 s.39)', 'Fine £200, costs £85')]))
    k.add('PNC_WENLOCK.pdf', 'PNC')
    doc_generic(k.p('witness_checks.pdf'), c, pnc_witness_blocks(c, [
        ('Daniel ADEYEMI', 'Complainant', 'No trace PNC / no trace KESTREL'),
        ('Joel MARSDEN', 'First account witness', 'No trace'),
        ('Kofi BRANDT', 'Witness (pub)', '1 conviction: 14/09/2021 possession of cannabis (class B), conditional discharge 12 months'),
        ('Dr Miriam OSEI', 'Expert', 'Not checked - professional witness')], 'DC 3318 SHAW', '16/06/2026'))
    k.add('witness_checks.pdf', 'PNC')

    # --- schedules (MG6C long, runs over pages)
    mg6c = [
        ('1', 'Crime report CM/26/14417 with investigation log (KESTREL). Copy with this file - rebuttable presumption.', 'CM/26/14417', ''),
        ('2', 'Command and control incident log CAD 0388 of 07/06/2026 (101 call). Copy with this file.', 'CAD 0388', ''),
        ('3', 'Recording of the 101 call made by Daniel ADEYEMI at 11:52 on 07/06/2026, retained by the control room; not relied on. Held on Kestrel Road server.', 'CR-AUD-0388', ''),
        ('4', 'PC 2291 ROWE pocket notebook 44120, pp.14-17: first account of the complainant, signed by him. Content reproduced in her statement.', 'PNB 44120', ''),
        ('5', 'DC 3318 SHAW pocket notebook 44871, pp.2-30: enquiries with six birthday guests 12-16/06/2026, none saw events after closing time.', 'PNB 44871', ''),
        ('6', 'ABE interview plan for Daniel ADEYEMI prepared by DC ELLERY, dated 08/06/2026.', 'Plan-TE-01', ''),
        ('7', 'House-to-house proforma, Fernlea Court flats 1-24, 08/06/2026, nothing heard or seen (18 occupants spoken to).', 'H2H-0806', ''),
        ('8', 'First description of the suspect given by the complainant in the 101 call (name and address) - copy of relevant CAD entry with file.', 'CAD 0388', ''),
        ('9', 'DC SHAW PNB 44871 p.31: licensee of the Drovers Arms states the CCTV system has been faulty since May 2026 and nothing was recorded on 06-07/06/2026.', 'PNB 44871', ''),
        ('10', 'Extraction report of WENLOCK\'s phone (consented, 10/06/2026): football fixture messages only; no messages of a sexual nature between the two men.', 'DFU-26-0712', ''),
        ('11', 'Full selective extraction file of complainant\'s phone (WhatsApp chat with suspect only, 06-09/06/2026). Summary exhibited NS/1.', 'DFU-26-0713', ''),
        ('12', 'Custody record for WENLOCK, Caldermoor custody, 08-09/06/2026.', 'CUS-CM-26-5511', ''),
        ('13', 'Pre-interview disclosure document given to Ms PATEL, 09/06/2026.', 'PID-0906', ''),
        ('14', 'Bail extension authority, Insp 0210 MOORE, 04/09/2026.', 'BAIL-EXT-1', ''),
        ('15', 'Forensic submission form MG21 for MO/1-MO/4, 09/06/2026.', 'MG21-0906', ''),
        ('16', 'Scene photographs of the sofa and living room at 14 Fernlea Court taken by CSI 331 BARNES, 08/06/2026 (24 images).', 'CSI-26-2214', ''),
        ('17', 'Statement of CSI 331 BARNES regarding scene examination (not relied on: nothing seized of evidential value).', 'MG11-BARNES', ''),
        ('18', 'Victim contact log (Victims\' Code updates) for Daniel ADEYEMI, 07/06/2026 to date.', 'VCL-14417', ''),
        ('19', 'Email, DC SHAW to DI KERR, 15/06/2026, decision not to seek early advice and reasons.', 'EM-1506', ''),
    ]
    doc_mg6c(k.p('MG6C.pdf'), c, mg6c, signed='N. Shaw DC 3318, 17/09/2026')
    k.add('MG6C.pdf', 'MG6C')
    doc_mg6d(k.p('MG6D_sensitive.pdf'), c, [
        ('1', 'SARC consent form signed by Daniel ADEYEMI, 07/06/2026, with his contact details', 'Personal data of complainant', ''),
        ('2', 'ISVA referral form to Survivors\' Haven, 08/06/2026', 'Confidential support referral', ''),
        ('3', 'Rear page of each civilian MG11 (witness contact details)', 'Personal data of witnesses', '')],
        signed='N. Shaw DC 3318, 17/09/2026')
    k.add('MG6D_sensitive.pdf', 'MG6D')
    doc_generic(k.p('MG6E_DO_report.pdf'), c, [
        ('title', 'DISCLOSURE OFFICER\'S REPORT (MG6E)'), ('kv', [('URN', c['urn']), ('Disclosure officer', c['do_line'])], (25, 75)),
        ('p', 'I have examined all material on the MG6C and MG6D. In my view items 1, 2, 4 and 8 of the MG6C (crime report, incident log, first account records and first description) are presumed to meet the test and copies are with the file, as are the PNC results for BRANDT. Kofi BRANDT\'s description of the two men being "touchy-feely" at the bar may assist the defence and is in his statement, which is with the file.'),
        ('p', 'No other material is known to me which might reasonably be considered capable of undermining the prosecution case or assisting the defence.'),
        ('p', 'Signed: N. Shaw  DC 3318   Date: 17/09/2026')])
    k.add('MG6E_DO_report.pdf', 'MG6E')

    doc_mg12(k.p('exhibits.pdf'), c, [
        ('TE/1', 'Master recording of ABE interview of Daniel ADEYEMI, 08/06/2026 (sealed)', 'DC ELLERY', 'Property store PS/26/3390'),
        ('TE/2', 'Working copy of ABE interview (file VRI_ADEYEMI_080626.mp4)', 'DC ELLERY', 'With file'),
        ('HR/1', 'Boxer shorts worn by complainant', 'PC ROWE', 'Property store, not submitted'),
        ('MO/1', 'Anal swab', 'Dr OSEI', 'Northgate Forensic Services'),
        ('MO/2', 'Perianal swab', 'Dr OSEI', 'Northgate Forensic Services'),
        ('MO/3', 'Blood sample (toxicology)', 'Dr OSEI', 'Northgate Forensic Services'),
        ('MO/4', 'Urine sample (toxicology)', 'Dr OSEI', 'Northgate Forensic Services'),
        ('NS/1', 'Selective extraction summary: WhatsApp chat between complainant and suspect 06-09/06/2026', 'DC SHAW', 'With file')],
        signed='DC 3318 SHAW')
    k.add('exhibits.pdf', 'MG12')
    doc_generic(k.p('extraction_summary_NS1.pdf'), c, [
        ('title', 'Selective extraction - summary report'), ('sub', 'Caldermoor Digital Forensic Unit - kiosk extraction'),
        ('kv', [('Job', 'DFU-26-0713'), ('URN', c['urn']), ('Device', 'Complainant\'s handset (owner: Daniel ADEYEMI)'),
                ('Authority', 'DPN signed 08/06/2026'), ('Parameters', 'WhatsApp chat with +44 7700 900418 and call log for that number, 18:00 06/06/2026 to 23:59 09/06/2026'),
                ('Exhibit', 'NS/1')], (25, 75)),
        ('table', ['Date/time', 'Direction', 'Content'], [
            ('06/06/2026 19:12', 'In', 'u coming sams thing tonight'), ('06/06/2026 19:15', 'Out', 'yeah be there about 8'),
            ('07/06/2026 10:02', 'In', 'hope u got home ok mate. last night got out of hand, sorry, keep it between us yeah'),
            ('07/06/2026 10:40', 'In (missed call)', '-'), ('08/06/2026 21:18', 'In', 'dan? ring me')], (22, 14, 64))])
    k.add('extraction_summary_NS1.pdf', 'DIGITAL_EXTRACT')
    doc_dpn(k.p('DPN_signed.pdf'), c, [
        ('Device user', 'Daniel ADEYEMI'), ('Device', 'Black smartphone, IMEI ending 4471'),
        ('Reasonable line of enquiry', 'The suspect sent a message at 10:02 on 07/06/2026 apologising for what happened; contact between them that night bears on consent and on the suspect\'s account.'),
        ('Data to be extracted', 'WhatsApp messages and the call log with the suspect\'s number only'),
        ('Date range', '18:00 06/06/2026 to 23:59 09/06/2026'),
        ('Method', 'Selective (kiosk) extraction; no full download'),
        ('Retention', 'Extracted data retained for the investigation; the device returned on completion')],
        ['I have been told why my phone is needed, what will be looked at and what will not, and that I can refuse or withdraw my agreement. I agree to the extraction described above.',
         'Signed: D. Adeyemi  08/06/2026 13:20      Officer: DC 3318 N. SHAW'])
    k.add('DPN_signed.pdf', 'DPN')
    doc_crime_report(k.p('CR_CM-26-14417.pdf'), c, dict(
        crime_no='CM/26/14417', offence='Rape of a male 16 or over (19C)', reported='07/06/2026 11:52 (101)',
        occurred='06/06/2026 23:59 - 07/06/2026 04:10', location='14 Fernlea Court, Caldermoor',
        victim='ADEYEMI, Daniel (24)', pc='Male; Black British; no disability declared', suspect='WENLOCK, Craig Anthony (31)',
        summary='Victim stayed at suspect\'s flat after a night out, fell asleep on the sofa and woke to the suspect penetrating his anus. Told housemate the same morning. Suspect later messaged apologising.',
        updates=[('07/06/2026 12:31', 'CAD', 'PC 2291 ROWE deployed'), ('07/06/2026 16:20', 'PC 2291', 'Victim at SARC; first account in PNB'),
                 ('08/06/2026 18:20', 'DC 3318', 'Suspect arrested at home address'), ('09/06/2026 11:40', 'DC 3318', 'Interviewed; consent defence; bailed with conditions'),
                 ('21/08/2026 15:02', 'DC 3318', 'SFR1 received - DNA match to suspect'), ('18/09/2026 10:10', 'DS 1140', 'File reviewed for CPS submission')]))
    k.add('CR_CM-26-14417.pdf', 'CRIME_REPORT')
    doc_incident_log(k.p('CAD 0388 07-06-26.pdf'), c, dict(
        no='CAD 0388 07/06/2026', opened='07/06/2026 11:52:40', source='101 call, caller Daniel ADEYEMI',
        location='Pennine Street, Caldermoor', grade='Priority', closing='Crime recorded CM/26/14417',
        entries=[('11:52', 'OP4410', 'Caller states he was raped by a male he knows in the early hours at the male\'s flat, 14 Fernlea Court. Caller at home, safe. Suspect named as Craig WENLOCK.'),
                 ('11:58', 'OP4410', 'Advised not to wash or change. Housemate present.'), ('12:31', 'DISP2', 'PC 2291 ROWE / PC 3007 HALL assigned'),
                 ('12:40', 'PC2291', 'At scene'), ('13:30', 'PC2291', 'SARC booked 16:30, The Birches'), ('17:05', 'DISP2', 'RASSO team informed - DC 3318 SHAW OIC')]))
    k.add('CAD 0388 07-06-26.pdf', 'INCIDENT_LOG')

    mnf = [t for t in ALL_CLEAN if t not in ('third_party_request', 'third_party_notice', 'files_readable')]
    mnf += ['early_advice', 'oic_contact', 'abe_plan', 'mg6e', 'third_party_request', 'third_party_notice']
    k.finish(out, 'charging', 0, [], mnf)


# ============================================================================= C02: learning disability, registered intermediary
def case02(out):
    k = Case(out, 'LODESTAR-SV-2026-118834', SEVERN, urn='71SV1188326',
             oic_name='DC 1877 Lowri JENKINS',
             oic_line='DC 1877 Lowri JENKINS, Public Protection Unit, Severnmouth Central, 01632 960733, lowri.jenkins@severnmouth.police.example',
             oic_short='DC 1877 JENKINS', suspect_formal='R v Gareth Wyn PRYCE', do_line='DS 2290 C. WYN-EVANS (disclosure officer)')
    c = k.c
    header = [('URN', c['urn']), ('Suspect', 'PRYCE, Gareth Wyn (44), born 19/03/1982'),
              ('Complainant', 'Bethany CALLOW (27)'), ('OIC', c['oic_line']),
              ('Offences', 'Assault by penetration (SOA 2003 s.2); sexual assault (SOA 2003 s.3), 21/04/2026, lay-by on Mill Bank Road, Severnmouth'),
              ('Date of report', '15/09/2026')]
    S = [
        ('Decision requested', [
            'A full code test charging decision is requested on both offences. The CPS is asked also to consider s.30 SOA 2003 (sexual activity with a person with a mental disorder impeding choice) as an alternative in the light of the registered intermediary\'s report.']),
        ('Early advice', [
            'Early advice was sought and given on 10/06/2026 by Ms Angharad POWELL, CPS Cymru-Wales RASSO unit (record enclosed). She asked for the intermediary\'s report, the supported living daily log for 21-22/04/2026 and the minibus tracker data. All three have been obtained and are enclosed.']),
        ('Summary of the evidence', [
            'Bethany CALLOW has a mild to moderate learning disability. She lives in supported living at Harrow Lane House and attends the Meadowside Day Centre. Gareth PRYCE is a volunteer minibus driver for the day centre.',
            'On 21/04/2026 PRYCE drove Bethany home; she was the last passenger. She says he stopped "in the trees", got into the back, touched her breasts under her top and put his fingers inside her vagina, telling her it was "a secret game". The minibus tracker shows the vehicle stationary at the Mill Bank Road lay-by from 16:42 to 16:59, which is not on the route.',
            'That evening Bethany told her support worker Shona McBRIDE (statement enclosed). Ms McBRIDE wrote it up in the house daily log and the house manager called 999 at 21:07 (incident SV-20260421-1193). PC 4410 BEVAN attended (statement enclosed).',
            'Bethany was interviewed on video on 05/05/2026 by DC JENKINS with the help of a registered intermediary, Ms Frances OYELARAN (RI reg. no. WIS-2231), after a joint planning meeting on 02/05/2026. The interview is in two parts (LJ/1 and LJ/2) because of a planned break; both recordings, the index and the interview plan are enclosed.']),
        ('Suspect\'s account', [
            'PRYCE was interviewed on 22/04/2026 with a solicitor. He gave a prepared statement denying any sexual contact and saying that he stopped at the lay-by because Bethany felt sick. He answered no comment to further questions. His likely defence is denial; he may suggest Bethany has misunderstood or been influenced by others.']),
        ('Lines of enquiry', [
            'Pursued: the tracker data (Ian TREHARNE, transport coordinator, produces it as IT/1); the driver rota, which confirms PRYCE was the only driver; the forensic swabs; the daily log and Bethany\'s communication profile from Harrow Lane House (see third-party material); the day centre\'s records of any previous concerns about PRYCE (none).',
            'Lines that could point away from the suspect: whether Bethany could have been describing another occasion or another person (the RI advised on time concepts; Bethany links the event to "the bus" and "Gareth" consistently, and the only other person who drove her that month was a woman); whether she has made any previous allegation (the provider confirms none in its records since 2019); his account that she was sick (no vomit in the minibus according to the cleaning log, MG6C item 9); and whether anyone else could have prompted her (Ms McBRIDE says she asked only open questions, recorded in the daily log).',
            'Not pursued: her full social care file and her GP records. No reasonable line of enquiry points to them and requesting them would be intrusive; this was discussed with the early advice lawyer.']),
        ('Outstanding evidence', [
            'Forensic: internal and external vaginal swabs (SARC/BC/1-2) submitted to Calderbrook Forensics on 24/04/2026. DNA result (Y-STR analysis) is outstanding; target date 16/10/2026.',
            'Nothing else is outstanding.']),
        ('Medical', [
            'Bethany was examined at Severnmouth SARC on 22/04/2026 by Dr Owain REES, forensic physician. No injuries were seen. The SARC crisis worker assessed her capacity to consent to the examination and to the sharing of records and recorded her consent, supported by her advocate; a copy of the consent form is listed on the MG6D. Dr REES\'s report is enclosed.']),
        ('Digital and third-party material', [
            'Bethany does not own a smartphone and no device has been examined.',
            'Third-party request: on 29/04/2026 a request was sent to Harrow Lane Support Ltd for (a) the daily log entries for 21/04/2026 and 22/04/2026 and (b) the communication section of Bethany\'s support plan. Reason given in the request: the log is the record of her first complaint and is a reasonable line of enquiry; the communication section is needed for the RI assessment and the ABE plan; nothing else was asked for because nothing else is needed. The request is enclosed.',
            'Written notice: Bethany was given a written notice in easy-read form on 28/04/2026, the day before the request, explaining what would be asked for, why, and how it would be kept. The RI checked the wording and her advocate went through it with her. A copy is enclosed.']),
        ('Victim needs and special measures', [
            'MG2 enclosed. Bethany is vulnerable under YJCEA 1999 s.16 (learning disability). A registered intermediary assessment was carried out on 30/04/2026 and the RI report is enclosed. Measures sought: video recorded interview as evidence in chief; intermediary for trial; pre-recorded cross-examination under s.28; live link from the Severnmouth remote site; breaks every 20 minutes; a picture board.',
            'Her views on s.28 were obtained with the RI\'s help on 19/06/2026: she wants to "do the questions early, on the telly, not in the big court".',
            'Needs: easy-read letters; contact through her advocate at Severnmouth Advocacy Partnership; no interpreter. ISVA: referred on 23/04/2026 to the specialist learning disability ISVA at Cysgod ISVA Service. VPS: offered on 19/06/2026 with the RI\'s help; Bethany made a VPS which is enclosed.']),
        ('Disclosure', [
            'MG6C and MG6D enclosed. The crime report, the incident log, the daily log entry (record of first complaint) and the witness PNC checks are with the file.']),
        ('Bail', [
            'PRYCE is on pre-charge bail until 22/10/2026. Conditions: not to contact Bethany CALLOW directly or indirectly; not to go to Harrow Lane House or the Meadowside Day Centre; not to undertake any paid or voluntary role that involves driving or caring for vulnerable adults.']),
        ('Supervision', [
            'Endorsed by DS 2290 Carys WYN-EVANS on 15/09/2026. I am satisfied the file meets the National File Standard for a charging decision.']),
    ]
    doc_mg3_numbered(k.p('MG3 CALLOW final.docx'), c, header, S, fmt='docx')
    k.add('MG3 CALLOW final.docx', 'MG3')

    make_video(k.p('CALLOW_VRI_part1.mov'), ['VRI part 1 - B. CALLOW', 'LJ/1'], seconds=3, fmt='mov',
               stamp='SEVERNMOUTH VRI  05/05/2026 11:02:{s}', title='ABE CALLOW part 1', seed=21)
    make_video(k.p('CALLOW_VRI_part2.mov'), ['VRI part 2 - B. CALLOW', 'LJ/2'], seconds=3, fmt='mov',
               stamp='SEVERNMOUTH VRI  05/05/2026 11:41:{s}', title='ABE CALLOW part 2', seed=22)
    k.add('CALLOW_VRI_part1.mov', 'ABE_RECORDING')
    k.add('CALLOW_VRI_part2.mov', 'ABE_RECORDING')
    doc_abe_summary(k.p('ROVI_index_CALLOW.pdf'), c,
                    [('Witness', 'Bethany CALLOW (27)'), ('Date', '05/05/2026'), ('Place', 'Severnmouth Central VRI suite'),
                     ('Interviewer', 'DC 1877 Lowri JENKINS'), ('Registered intermediary', 'Frances OYELARAN (WIS-2231)'),
                     ('Recordings', 'Part 1 (LJ/1) 11:02-11:31; break 10 minutes; Part 2 (LJ/2) 11:41-12:05')],
                    [('P1 00:00', 'Introductions; RI explains the picture board; rapport about Bethany\'s cat and the day centre.'),
                     ('P1 06:15', 'Truth and lies explained with the RI\'s cards; Bethany shows she understands.'),
                     ('P1 11:40', 'Free recall: "Gareth stopped the bus in the trees. He came in the back. He did a secret game." Points to chest and between legs on the body outline.'),
                     ('P1 20:30', 'Questions (short, one idea each, agreed in the plan): touching "under my top"; "his fingers went inside my private"; it hurt.'),
                     ('P2 00:00', 'Resumed after break. What he said: "secret, don\'t tell Shona". Who she told: Shona, "at tea".'),
                     ('P2 12:20', 'Clarification of which bus and which Gareth (photo of the minibus, not of the suspect).'),
                     ('P2 21:00', 'Closure; Bethany chooses a sticker.')],
                    title='RECORD OF VIDEO RECORDED INTERVIEW (ROVI) - INDEX',
                    notes=['The interview plan (prepared jointly with the RI on 02/05/2026) is enclosed and listed on the MG6C.'])
    k.add('ROVI_index_CALLOW.pdf', 'ABE_SUMMARY')
    doc_generic(k.p('ABE_plan_CALLOW.pdf'), c, [
        ('title', 'ABE INTERVIEW PLAN'), ('kv', [('Witness', 'Bethany CALLOW'), ('URN', c['urn']), ('Planned by', 'DC 1877 JENKINS with RI F. OYELARAN, 02/05/2026')], (25, 75)),
        ('h', 'Communication (from RI assessment)'), ('p', 'Short questions, one idea each; avoid time words ("before", "after"); use the picture board; check understanding by asking her to show; no tag questions; breaks every 20 minutes.'),
        ('h', 'Objectives'), ('p', 'Free account of the minibus journey on 21/04/2026; who; what was touched and how; what was said; who she told.'),
        ('h', 'Phases'), ('p', 'Rapport (cat, day centre) - ground rules with cards - free recall - questioning - closure.')])
    k.add('ABE_plan_CALLOW.pdf', 'ABE_PLAN')
    write_mg11(k.p('MG11 DC JENKINS.pdf'), c,
               dict(name='Lowri JENKINS', occ='Detective Constable 1877', date='05/05/2026', sig='L. Jenkins'),
               ['I am a Detective Constable in the Public Protection Unit at Severnmouth Central, trained in Achieving Best Evidence interviewing including interviews with the help of an intermediary.',
                'On 2 May 2026 I met Frances OYELARAN, a registered intermediary, and we planned the interview of Bethany CALLOW together.',
                'On 5 May 2026 I interviewed Bethany on video at the Severnmouth Central VRI suite with Ms OYELARAN present. The interview was recorded in two parts with a ten minute break. I produce the recording of part 1 as exhibit LJ/1 and the recording of part 2 as exhibit LJ/2. Sealed master copies are held in the property store (ref SV-PROP-26-1180).',
                'I prepared the index of the interview (ROVI) which accompanies this file.'])
    k.add('MG11 DC JENKINS.pdf', 'MG11', 'officer')
    write_mg11(k.p('statement - McBride.pdf'), c,
               dict(name='Shona McBRIDE', occ='Senior support worker', date='23/04/2026', sig='S McBride', witnessed='PC 4410 BEVAN'),
               ['I work at Harrow Lane House, supported living for adults with learning disabilities. I have supported Bethany CALLOW for four years.',
                'On Tuesday 21 April 2026 Bethany came home from the day centre on the minibus at about five o\'clock, later than usual. She went straight to her room and did not want her tea, which is not like her.',
                'At about 7 pm I sat with her. She said "Gareth did a secret game on the bus". I asked "what happened?" She said "he came in the back and touched me" and pointed to her chest and between her legs. She said "his fingers went in, it hurt". She said he told her not to tell Shona.',
                'I did not ask her anything else. I wrote down what she had said, in her words, in the house daily log straight away and told my manager, Mrs Ann HOSKINS, who rang 999.'])
    k.add('statement - McBride.pdf', 'MG11', 'first_account')
    write_mg11(k.p('MG11_BEVAN_4410.pdf'), c,
               dict(name='Rhys BEVAN', occ='PC 4410', date='22/04/2026', sig='R. Bevan PC4410'),
               ['On Tuesday 21 April 2026 at 21:09 I was sent to Harrow Lane House following a 999 call from the house manager. I arrived at 21:26.',
                'I spoke to Shona McBRIDE, who showed me the daily log entry she had written, and then briefly to Bethany CALLOW with Ms McBRIDE present. Because of Bethany\'s learning disability I kept my questions to what was needed to make her safe and identify the suspect. She said "Gareth on the bus touched me". I recorded this in my pocket notebook at 21:40.',
                'I arranged for Bethany to attend the SARC the next morning and informed the PPU.'], style='typed')
    k.add('MG11_BEVAN_4410.pdf', 'MG11', 'officer')
    write_mg11(k.p('MG11 TREHARNE IT1.docx'), c,
               dict(name='Ian TREHARNE', occ='Transport coordinator, Meadowside Day Centre', date='27/04/2026', sig='[signed] I. Treharne'),
               ['I coordinate the minibus service for the Meadowside Day Centre. Each minibus has a tracker that records its position every 30 seconds.',
                'At the request of DC JENKINS I downloaded the tracker history for minibus MB2 for 21 April 2026 and I produce it as exhibit IT/1. It shows the vehicle stopped in the lay-by on Mill Bank Road from 16:42 to 16:59. That lay-by is not on the route to Harrow Lane House.',
                'The driver rota shows Gareth PRYCE drove MB2 on the afternoon run that day. Bethany CALLOW was the last drop-off.'], style='docx')
    k.add('MG11 TREHARNE IT1.docx', 'MG11', 'witness')
    doc_generic(k.p('RI_report_OYELARAN.pdf'), c, [
        ('title', 'Registered Intermediary - Assessment Report'), ('kv', [('Witness', 'Bethany CALLOW'), ('RI', 'Frances OYELARAN, WIS-2231'), ('Assessment', '30/04/2026, Harrow Lane House'), ('URN', c['urn'])], (25, 75)),
        ('p', 'Bethany understands short, concrete sentences and answers most reliably to open prompts. She has difficulty with time concepts and with questions containing two ideas. She may agree to leading or tag questions. Recommendations: intermediary at interview and trial; questions approved at a ground rules hearing; picture board; breaks every 20 minutes; s.28 pre-recorded cross-examination would reduce stress and delay.')])
    k.add('RI_report_OYELARAN.pdf', 'OTHER')
    doc_generic(k.p('MG2_CALLOW.pdf'), c, [
        ('title', 'MG2 - SPECIAL MEASURES ASSESSMENT'), ('kv', [('URN', c['urn']), ('Witness', 'Bethany CALLOW'), ('Eligibility', 'Vulnerable: s.16(2)(b)(i) YJCEA 1999 - learning disability; also s.17(4) complainant in a sexual offence')], (25, 75)),
        ('table', ['Measure', 'Sought', 'Witness view'], [
            ('Video recorded evidence in chief (s.27)', 'Yes', 'Agrees'),
            ('Pre-recorded cross-examination (s.28)', 'Yes', 'Wants this: "do the questions early, on the telly"'),
            ('Intermediary (s.29)', 'Yes - RI assessment done 30/04/2026', 'Agrees; knows Frances'),
            ('Live link (s.24) from remote site', 'Yes', 'Does not want to see him'),
            ('Aids to communication (s.30)', 'Picture board', 'Agrees')], (35, 30, 35)),
        ('p', 'Other needs: breaks every 20 minutes; pre-trial visit with advocate; easy-read letters. Completed by DC 1877 JENKINS on 19/06/2026.')])
    k.add('MG2_CALLOW.pdf', 'MG2')
    doc_generic(k.p('VPS Bethany.pdf'), c, [
        ('title', 'VICTIM PERSONAL STATEMENT'), ('sub', 'Witness statement (CJA 1967 s.9) - victim personal statement'),
        ('kv', [('URN', c['urn']), ('Statement of', 'Bethany CALLOW'), ('Date', '19/06/2026')], (25, 75)),
        ('p', DECL.format(n=1)),
        ('p', 'I feel scared on the bus now. I do not go to the day centre on Tuesdays any more. I miss my friends. I want people to know it was not a game. I want to say it to the judge with Frances.'),
        ('p', 'Signature: B Callow (written with support)      Date: 19/06/2026')])
    k.add('VPS Bethany.pdf', 'VPS')
    doc_generic(k.p('TP request Harrow Lane.pdf'), c, [
        ('title', 'REQUEST FOR THIRD PARTY MATERIAL'), ('sub', 'Police, Crime, Sentencing and Courts Act 2022, s.44A - victim information request'),
        ('kv', [('To', 'Registered Manager, Harrow Lane Support Ltd, Harrow Lane House, Severnmouth'), ('From', c['oic_line']), ('Date', '29/04/2026'), ('URN', c['urn']), ('About', 'Bethany CALLOW')], (25, 75)),
        ('h', 'Material requested'), ('p', '(a) Entries in the house daily log for 21/04/2026 and 22/04/2026 only. (b) The communication section of Bethany\'s current support plan (one or two pages).'),
        ('h', 'Why it is needed'), ('p', 'Bethany first told a support worker about an alleged sexual offence on 21/04/2026 and the support worker recorded it in the daily log. That entry is the record of her first complaint, a reasonable line of enquiry, and it is presumed to meet the disclosure test. The communication section is needed so that a registered intermediary can plan how to help Bethany give her account. The request is limited to these pages because nothing else is needed for the investigation; asking for her wider care file would be neither necessary nor proportionate.'),
        ('h', 'Handling'), ('p', 'The material will be held securely by the PPU, seen only by the investigation team and the CPS, and disclosed to the defence only if the disclosure test is met and after the CPS has considered it. Bethany has been given written notice of this request.')])
    k.add('TP request Harrow Lane.pdf', 'THIRD_PARTY')
    doc_generic(k.p('easy read letter 28-04.pdf'), c, [
        ('title', 'A letter for Bethany'), ('p', 'Date: 28/04/2026      Our number: ' + c['urn']),
        ('p', 'Hello Bethany. This letter is from Lowri, the police officer.'),
        ('p', 'What we will ask for: we will ask Harrow Lane House for the notes Shona wrote on 21 April and 22 April. We will also ask for the page that says how you like people to talk to you.'),
        ('p', 'Why: Shona wrote down what you told her. That is important. The page about talking helps Frances and me ask you questions in a way you understand.'),
        ('p', 'What we will not ask for: we will not ask for your other files.'),
        ('p', 'What happens to the notes: the police keep them safe. Only the people working on your case see them. A lawyer will decide if anyone else needs to see them.'),
        ('p', 'You can talk to your advocate or to me about this. My phone number is 01632 960733.'),
        ('p', 'From Lowri Jenkins, DC 1877. Read with Bethany by her advocate, Mr Dafydd HUGHES, on 28/04/2026.')])
    k.add('easy read letter 28-04.pdf', ['CORRESPONDENCE', 'OTHER', 'THIRD_PARTY'])
    doc_generic(k.p('daily_log_extract.pdf'), c, [
        ('title', 'Harrow Lane House - daily log (extract provided to police)'),
        ('table', ['Date/time', 'Staff', 'Entry'], [
            ('21/04/2026 17:05', 'SMcB', 'B home late from day centre. Straight to room, did not want tea.'),
            ('21/04/2026 19:10', 'SMcB', 'B said (her words): "Gareth did a secret game on the bus. He came in the back and touched me." Pointed to chest and between legs. "His fingers went in, it hurt." "He said don\'t tell Shona." I asked only "what happened?". Told AH.'),
            ('21/04/2026 19:20', 'AH', 'Manager informed. 999 called 21:07.'),
            ('22/04/2026 08:30', 'DP', 'B to SARC with PC and advocate.')], (18, 10, 72))], head='Harrow Lane Support Ltd')
    k.add('daily_log_extract.pdf', ['THIRD_PARTY', 'OTHER'])
    doc_generic(k.p('EA_record_100626.pdf'), c, [
        ('title', 'CPS EARLY ADVICE - RECORD'), ('kv', [('URN', c['urn']), ('Lawyer', 'Angharad POWELL, CPS Cymru-Wales RASSO'), ('Date', '10/06/2026'), ('Officer', 'DC 1877 JENKINS')], (25, 75)),
        ('p', 'Advice: obtain the RI assessment report; obtain the daily log entries for 21-22/04/2026 with a written notice to the complainant first; obtain minibus tracker data and rota. Do not seek the wider care file or medical records: no line of enquiry identified. Submit for full code test when forensic result is available or with a target date.')])
    k.add('EA_record_100626.pdf', 'EARLY_ADVICE')
    doc_generic(k.p('FME_report_REES.pdf'), c, [
        ('title', 'Forensic medical examination - report'), ('sub', 'Severnmouth SARC'),
        ('kv', [('Patient', 'Bethany CALLOW'), ('Examiner', 'Dr Owain REES, forensic physician'), ('Date', '22/04/2026 10:10'), ('URN', c['urn']), ('Consent', 'Consent to examination and to release of findings to police/CPS given; capacity assessed; advocate present')], (25, 75)),
        ('p', 'No injuries seen to the genital or extra-genital areas. The absence of injury neither supports nor excludes digital penetration. Samples: SARC/BC/1 high vaginal swab, SARC/BC/2 low vaginal swab, handed to PC BEVAN.')])
    k.add('FME_report_REES.pdf', 'MEDICAL')
    doc_roti(k.p('ROTI PRYCE 220426.pdf'), c,
             [('Interviewee', 'Gareth Wyn PRYCE'), ('Date', '22/04/2026 14:12-14:40'), ('Place', 'Severnmouth Central custody'), ('Interviewers', 'DC 1877 JENKINS, DC 0291 EVANS'), ('Solicitor', 'Mr T. HOPKIN'), ('URN', c['urn'])],
             [('00:00', 'DC JENKINS', 'Caution, rights, introductions.'),
              ('03:10', 'Mr HOPKIN', 'Reads prepared statement: "I drove the minibus on 21 April. Bethany said she felt sick so I stopped in the lay-by so she could get air. I did not touch her in any sexual way. I have nothing further to say."'),
              ('05:00', 'DC JENKINS', 'Why was the lay-by off your route?'), ('05:08', 'PRYCE', 'No comment.'),
              ('12:00', 'DC EVANS', 'Did you get into the back of the minibus?'), ('12:05', 'PRYCE', 'No comment.'),
              ('27:40', 'DC JENKINS', 'Interview concluded.')],
             summary_first='Prepared statement denying sexual contact; stopped because complainant felt sick; no comment to all questions.')
    k.add('ROTI PRYCE 220426.pdf', 'ROTI')
    doc_pnc_suspect(k.p('PNC print PRYCE.pdf'), c, dict(name='PRYCE, Gareth Wyn', dob='19/03/1982', pnc='26/0112904L', printed='22/04/2026', convictions=[],
                                                      notes=['Local intelligence (LODESTAR): nil. Enhanced DBS for volunteer driving issued 2023, clear.']))
    k.add('PNC print PRYCE.pdf', 'PNC')
    doc_generic(k.p('PNC witnesses.pdf'), c, pnc_witness_blocks(c, [
        ('Bethany CALLOW', 'Complainant', 'No trace'), ('Shona McBRIDE', 'First account', 'No trace'),
        ('Ian TREHARNE', 'Witness', 'No trace'), ('Ann HOSKINS', 'Caller (not a witness at present)', 'No trace')], 'DC 1877 JENKINS', '24/04/2026'))
    k.add('PNC witnesses.pdf', 'PNC')
    doc_mg6c(k.p('MG6C_CALLOW.pdf'), c, [
        ('1', 'LODESTAR crime report SV/26/118834 with update log. Copy with file.', 'SV/26/118834', ''),
        ('2', 'Incident log SV-20260421-1193 (999 call by house manager). Copy with file.', 'SV-1193', ''),
        ('3', 'Harrow Lane House daily log extract 21-22/04/2026 (record of first complaint). Copy with file.', 'HL-LOG', ''),
        ('4', 'PC 4410 BEVAN PNB entry 21/04/2026 21:40 - complainant\'s words "Gareth on the bus touched me".', 'PNB 61022', ''),
        ('5', 'ABE interview plan, DC JENKINS and RI OYELARAN, 02/05/2026. Copy with file.', 'PLAN-LJ', ''),
        ('6', 'RI assessment report 30/04/2026. Copy with file.', 'RI-2231', ''),
        ('7', 'Minibus MB2 driver rota, April 2026, Meadowside Day Centre.', 'ROTA-04', ''),
        ('8', 'Day centre records of concerns about volunteers 2023-2026: none relating to PRYCE.', 'MDC-SAFE', ''),
        ('9', 'Minibus MB2 cleaning log 21-22/04/2026: no vomit or soiling recorded.', 'MB2-CLEAN', ''),
        ('10', 'Custody record PRYCE 22/04/2026.', 'CUST-SV-4412', '')], signed='C. Wyn-Evans DS 2290, 14/09/2026')
    k.add('MG6C_CALLOW.pdf', 'MG6C')
    doc_mg6d(k.p('MG6D_CALLOW.pdf'), c, [
        ('1', 'SARC consent and capacity form, 22/04/2026', 'Medical/personal information of complainant', ''),
        ('2', 'Communication section of support plan (Harrow Lane)', 'Health and care information of a vulnerable adult', ''),
        ('3', 'ISVA referral to Cysgod ISVA Service, 23/04/2026', 'Confidential support referral', '')], signed='C. Wyn-Evans DS 2290, 14/09/2026')
    k.add('MG6D_CALLOW.pdf', 'MG6D')
    doc_mg12(k.p('MG12_exhibits.pdf'), c, [
        ('LJ/1', 'Video recorded interview of Bethany CALLOW, part 1 (CALLOW_VRI_part1.mov)', 'DC JENKINS', 'With file; master sealed'),
        ('LJ/2', 'Video recorded interview of Bethany CALLOW, part 2 (CALLOW_VRI_part2.mov)', 'DC JENKINS', 'With file; master sealed'),
        ('IT/1', 'Tracker history minibus MB2, 21/04/2026', 'Ian TREHARNE', 'With file (MG6C item 7 rota held)'),
        ('SARC/BC/1', 'High vaginal swab', 'Dr REES', 'Calderbrook Forensics'),
        ('SARC/BC/2', 'Low vaginal swab', 'Dr REES', 'Calderbrook Forensics')], signed='DC 1877 JENKINS')
    k.add('MG12_exhibits.pdf', 'MG12')
    doc_generic(k.p('IT1_tracker.pdf'), c, [('title', 'Exhibit IT/1 - MB2 tracker history 21/04/2026'), ('table', ['Time', 'Position', 'Speed'], [
        ('16:31', 'Harbour Road / Quay St', '24 mph'), ('16:38', 'Mill Bank Road (southbound)', '31 mph'), ('16:42', 'Mill Bank Road lay-by', '0 mph'),
        ('16:50', 'Mill Bank Road lay-by', '0 mph'), ('16:59', 'Mill Bank Road lay-by', '3 mph'), ('17:04', 'Harrow Lane', '0 mph (drop-off)')], (20, 55, 25))])
    k.add('IT1_tracker.pdf', 'OTHER')
    doc_crime_report(k.p('crime_report_SV26118834.pdf'), c, dict(
        crime_no='SV/26/118834', offence='Assault by penetration; sexual assault', reported='21/04/2026 21:07 (999)',
        occurred='21/04/2026 16:42-16:59', location='Lay-by, Mill Bank Road, Severnmouth', victim='CALLOW, Bethany (27)',
        pc='Female; White Welsh; learning disability (mild-moderate)', suspect='PRYCE, Gareth Wyn (44)',
        summary='Vulnerable adult disclosed to support worker that day centre volunteer minibus driver touched her breasts and digitally penetrated her in the minibus.',
        updates=[('21/04/2026 21:26', 'PC 4410', 'Attended; first account noted'), ('22/04/2026 10:10', 'PPU', 'SARC examination'),
                 ('22/04/2026 14:12', 'DC 1877', 'Suspect interviewed - prepared statement'), ('28/04/2026 15:00', 'DC 1877', 'Easy-read notice given re third-party request'),
                 ('05/05/2026 11:02', 'DC 1877', 'VRI with RI'), ('15/09/2026 16:00', 'DS 2290', 'Submitted to CPS')]))
    k.add('crime_report_SV26118834.pdf', 'CRIME_REPORT')
    doc_incident_log(k.p('incident SV-1193.pdf'), c, dict(
        no='SV-20260421-1193', opened='21/04/2026 21:07:12', source='999 - Mrs Ann HOSKINS, manager, Harrow Lane House',
        location='Harrow Lane House, Severnmouth', grade='Grade 1 - immediate', closing='Crime SV/26/118834',
        entries=[('21:07', 'CH211', 'Caller reports resident with learning disability has told staff a minibus driver touched her sexually this afternoon. Resident safe at home.'),
                 ('21:09', 'DSP04', 'PC 4410 BEVAN assigned'), ('21:26', 'PC4410', 'On scene'), ('21:58', 'PC4410', 'PPU informed; SARC for a.m.')]))
    k.add('incident SV-1193.pdf', 'INCIDENT_LOG')
    mnf = [t for t in ALL_CLEAN] + ['early_advice', 'oic_contact', 'abe_plan']
    k.finish(out, 'charging', 0, [], mnf)


# ============================================================================= C03: text-message first account, written statement
def case03(out):
    k = Case(out, 'PELICAN_26-5521_submission', BRACK, urn='58BR0552126',
             oic_name='DC 2044 Sarah PENROSE',
             oic_line='DC 2044 Sarah PENROSE, Brackenshire RASSO (Wrathby), 01632 960588, sarah.penrose@brackenshire.police.example',
             oic_short='DC 2044 PENROSE', suspect_formal='R v Ashley James TURVEY', do_line='DC 2044 S. PENROSE', urn_boxes=True)
    c = k.c
    rows = [
        ('Header', 'URN', c['urn']), ('Header', 'Force', 'Brackenshire Police'), ('Header', 'PELICAN case', 'PEL-26-5521'),
        ('Header', 'OIC (name, phone, email)', c['oic_line']),
        ('Header', 'Suspect', 'TURVEY, Ashley James, DOB 07/01/2004 (22)'),
        ('Header', 'Offence', 'Rape, SOA 2003 s.1, 14/03/2026 about 02:45-03:15, 9 Linnet Close, Wrathby'),
        ('Decision', 'Test sought', 'Full Code Test'),
        ('Decision', 'Early advice', 'Not sought. Both accounts and the forensic results were obtained within eight weeks and the issue (consent) was clear; DS LOCKE decided on 20/05/2026 to proceed straight to a full file.'),
        ('Evidence', 'Complainant account', 'Megan HOLLIS (19) gave a written statement (MG11 with continuation sheet) on 16/03/2026. A written statement was taken rather than a video-recorded interview because Megan chose that after the options, including ABE and its benefits, were explained to her on 15/03/2026 (DC PENROSE PNB 90117 p.3).'),
        ('Evidence', 'Summary', 'At a house party at 9 Linnet Close, TURVEY followed Megan into the back bedroom where she had gone to lie down, got on top of her and had vaginal intercourse with her despite her saying "no" and "stop" several times. At 03:17 she locked herself in the bathroom and texted her friend Keira DALBY: "kiera something bad happened at ashs. he wouldnt stop when i said no. im in the bathroom can u come get me". Keira drove over and collected her at about 03:40. Keira has made a statement and produces screenshots of the messages (KD/1). Megan\'s mother called 101 at 10:20; PC 0932 MOSS attended (statement enclosed).'),
        ('Evidence', 'First account witnesses', 'Keira DALBY (text message at 03:17 and in person at 03:40) - statement enclosed. No other person was told before the police.'),
        ('Evidence', 'Independent witnesses', 'Owen FAIRCLOUGH (party guest) heard crying from the bathroom about 03:20 and saw TURVEY come out of the back bedroom shortly before - statement enclosed.'),
        ('Suspect', 'Account in interview', 'Interviewed 15/03/2026 (ROTI enclosed). Accepts intercourse; says Megan invited him into the room, kissed him and consented throughout; she "never said no". Defence: consent / reasonable belief.'),
        ('Enquiries', 'Lines of enquiry', 'Done: the four other guests still present after 02:00 were identified; two gave statements (FAIRCLOUGH; Jade MORLEY - saw nothing after 02:00, statement listed on MG6C); two declined and gave notebook accounts (MG6C). No CCTV or doorbell camera at Linnet Close (house-to-house 16/03/2026). Pointing away from the suspect: TURVEY says they had been flirting on Snapchat beforehand; his phone was examined with his agreement and the only messages with Megan are from 2025 and are friendly, not sexual; Megan\'s earlier drinking and state were explored with MORLEY and FAIRCLOUGH (both say she was tipsy but coherent). Not pursued: Megan\'s phone (see digital) and any third-party records - no line of enquiry points to them.'),
        ('Enquiries', 'Outstanding', 'No further enquiries are outstanding.'),
        ('Forensic/medical', 'Results', 'SARC examination 14/03/2026 (Dr Ruth ABARA, statement enclosed): small abrasion at the posterior fourchette. Swabs: semen, DNA matches TURVEY (SFR1 received 02/06/2026). Toxicology: alcohol only. Megan signed consent on 14/03/2026 to the release of her SARC notes and the FME report to police and CPS.'),
        ('Digital', 'Complainant device', 'Megan did not want her phone examined and it has not been. The 03:17 message is evidenced from Keira\'s phone by screenshots Keira took herself and handed over (KD/1); the suspect does not dispute that the message was sent. No DPN was therefore needed. No third-party material has been requested.'),
        ('Victim', 'Special measures', 'Eligible under s.17(4) YJCEA. Megan wants to give evidence by live link and, after the options were explained on 22/05/2026, wants her cross-examination pre-recorded under s.28. Not vulnerable under s.16; intermediary assessment not required.'),
        ('Victim', 'Needs', 'Dyslexia: written material to be read to her; she asked for communication by phone, not letter. No interpreter.'),
        ('Victim', 'ISVA', 'Referred to Brackenshire Rape Crisis ISVA service 15/03/2026; supported by ISVA Tasha GREEN.'),
        ('Victim', 'VPS', 'VPS offered 20/03/2026 and again 22/05/2026; Megan declined for now and will reconsider if there is a charge.'),
        ('Disclosure', 'Schedules', 'MG6C and MG6D enclosed. RP material with file: crime report, incident log, Keira\'s statement and the screenshots (first complaint), witness PNC checks.'),
        ('Custody', 'Bail / RUI', 'Released under investigation on 13/06/2026 when pre-charge bail ended. Bail was not extended because TURVEY has moved to Aberdeen for work, there has been no contact since March and Megan was consulted and did not ask for conditions (recorded on PELICAN 12/06/2026).'),
        ('Supervisor', 'Endorsement', 'DS 0451 Imran QURESHI - reviewed 02/09/2026 - approved for submission.'),
    ]
    doc_mg3_xlsx(k.p('MG3_export.xlsx'), c, rows, [('1', 'None - no further enquiries outstanding', '-', '-')])
    k.add('MG3_export.xlsx', 'MG3')
    write_mg11(k.p('Statement_MH.pdf'), c,
               dict(name='Megan HOLLIS', occ='Student', date='16/03/2026', sig='M. Hollis', witnessed='DC 2044 S. PENROSE'),
               ['I am 19 and a first-year student at Wrathby College. I am making this statement about what happened to me at a party at 9 Linnet Close, Wrathby, in the early hours of Saturday 14 March 2026. DC PENROSE has written this down with me and read it back to me because I am dyslexic.',
                'I went to the party at about 10 pm on Friday with my friend Jade. The house is Ashley TURVEY\'s. I knew him a bit because he is friends with my ex-boyfriend. I drank four or five bottles of cider and a couple of vodka shots over the night. I was tipsy but I knew what I was doing.',
                'At about half two I felt tired and went into the back bedroom downstairs to lie down on the bed. I was on my own. I had my clothes on. A bit later the door opened and Ashley came in. He said "you alright?" and lay down next to me. He started kissing my neck. I said "no, I just want to sleep" and turned away.',
                'He pulled me onto my back and got on top of me. He pulled my leggings and knickers down. I said "no" and "stop" more than once and tried to push him off by his chest. He was too heavy. He put his penis in my vagina. It hurt. I kept saying stop. He did not say anything. I don\'t know how long it went on, maybe five minutes. He stopped and got off and said "don\'t be weird about it" and went out.',
                'I pulled my clothes up, went into the bathroom next door and locked it. I was shaking and crying. At 03:17 I texted Keira, my best friend, "kiera something bad happened at ashs. he wouldnt stop when i said no. im in the bathroom can u come get me". She replied straight away that she was coming. I stayed in the bathroom until she messaged that she was outside, about twenty to four.',
                'In the car I told Keira that Ashley had had sex with me when I kept telling him no. She took me to hers. In the morning I told my mum and she rang the police.',
                'I did not want to have sex with Ashley. I never kissed him or said anything to make him think I wanted to. I have never been in a relationship with him and have not messaged him since last summer.',
                'Keira stayed with me until about 6 am. I did not sleep. I did not shower because Keira said I should not until I had spoken to someone. At about 9.30 my mum came in and I told her that Ashley had raped me. She rang the police.',
                'A police officer called Declan came to the house. I told him what had happened and he took my leggings and knickers. He took me to the hospital where a doctor examined me. I agreed to the doctor telling the police what she found.',
                'Since then I have not been back to college for more than a few days. I keep thinking about the door opening. I have blocked Ashley on everything. I have not heard from him since.',
                'I have been asked whether I have ever been in a relationship with Ashley or sent him messages about sex. I have not. We messaged a few times last summer about a lift to a festival, that is all.',
                'I do not want my phone looked at. I understand the police have the message from Keira\'s phone.'])
    k.add('Statement_MH.pdf', 'MG11', 'complainant')
    make_sms_screenshot(k.p('Screenshot_20260314-031902.png'), 'Megan', [
        ('in', 'Sat 03:17', 'kiera something bad happened at ashs. he wouldnt stop when i said no. im in the bathroom can u come get me'),
        ('out', '03:18', 'omg im coming now. stay there lock the door x'),
        ('in', '03:19', 'ok')], clock='03:19')
    k.add('Screenshot_20260314-031902.png', ['OTHER', 'DIGITAL_EXTRACT'])
    write_mg11(k.p('KD statement.docx'), c,
               dict(name='DALBY, Keira Louise', occ='Retail assistant', date='15/03/2026', sig='[signed] K. Dalby', witnessed='PC 0932 MOSS'),
               ['Megan HOLLIS has been my best friend since primary school.',
                'In the early hours of Saturday 14 March 2026 I was in bed at home when my phone went. At 03:17 I got a text from Megan which said "kiera something bad happened at ashs. he wouldnt stop when i said no. im in the bathroom can u come get me". I replied at 03:18 "omg im coming now. stay there lock the door x" and she replied "ok".',
                'I drove to Linnet Close and got there about 03:40. Megan came out to the car. She was crying and her leggings were on inside out. She told me that Ashley had come into the bedroom where she was lying down and had sex with her when she was telling him no and to stop.',
                'On 15 March 2026 I took screenshots of the messages on my phone myself and emailed them to PC MOSS. I produce a printout of the screenshot as exhibit KD/1. My phone has not been given to the police and I did not want it to be.'], style='docx')
    k.add('KD statement.docx', 'MG11', 'first_account')
    write_mg11(k.p('MG11 PC 0932 MOSS.pdf'), c,
               dict(name='Declan MOSS', occ='Police Constable 0932', date='14/03/2026', sig='D Moss'),
               ['On Saturday 14 March 2026 at 10:31 I was sent to an address in Wrathby following a 101 call from Mrs Carol HOLLIS reporting that her daughter had been raped at a party. I arrived at 10:49.',
                'I spoke to Megan HOLLIS in the kitchen with her mother present. I asked what had happened. She said "Ash had sex with me when I said no, at his party". I asked only what I needed to know and noted her words in my PNB 70455 at 10:55.',
                'Megan had not showered or changed her underwear. I seized her leggings and knickers in separate bags as DM/1 and DM/2 and took her to the SARC at Wrathby General, arriving 12:10.'])
    k.add('MG11 PC 0932 MOSS.pdf', 'MG11', 'officer')
    write_mg11(k.p('FAIRCLOUGH.pdf'), c,
               dict(name='Owen FAIRCLOUGH', occ='Apprentice joiner', date='18/03/2026', sig='(Sgd) O Fairclough'),
               ['I was at Ashley TURVEY\'s party at 9 Linnet Close on the night of 13 to 14 March 2026.',
                'At about twenty past three I went to use the downstairs bathroom. It was locked and I could hear a girl crying inside. About five minutes before that I had seen Ash come out of the back bedroom, doing his belt up. He went into the garden.',
                'Earlier in the night I saw Megan, who I know a bit. She was tipsy but talking normally. I did not see her with Ash before then.'], style='typed')
    k.add('FAIRCLOUGH.pdf', 'MG11', 'witness')
    write_mg11(k.p('Dr ABARA MG11.pdf'), c,
               dict(name='Dr Ruth ABARA', occ='Forensic physician', date='20/03/2026', sig='R Abara'),
               ['I am a forensic physician at Wrathby SARC. On 14 March 2026 at 12:40 I examined Megan HOLLIS with her written consent, which included consent to share the findings with police and the CPS.',
                'I found a 3 mm superficial abrasion at the posterior fourchette. In my opinion it is recent and consistent with penile penetration; it cannot tell whether penetration was consensual.',
                'I took samples RA/1 (high vaginal swab), RA/2 (low vaginal swab), RA/3 (blood), RA/4 (urine) and handed them to PC MOSS.'])
    k.add('Dr ABARA MG11.pdf', 'MG11', 'expert')
    doc_generic(k.p('SFR1 Wrathby 26-3390.pdf'), c, [
        ('title', 'SFR1 - Streamlined Forensic Report'), ('kv', [('Lab', 'Calderbrook Forensics, ref CF/26/3390'), ('URN', c['urn']), ('Date', '02/06/2026')], (25, 75)),
        ('p', 'RA/1: semen identified. DNA profile from the sperm fraction matches Ashley James TURVEY. RA/3-RA/4: ethanol only; no drugs detected.')])
    k.add('SFR1 Wrathby 26-3390.pdf', 'FORENSIC')
    doc_roti(k.p('ROTI TURVEY.pdf'), c,
             [('Interviewee', 'Ashley James TURVEY'), ('Date/time', '15/03/2026 13:20-14:02'), ('Place', 'Wrathby custody'), ('Officers', 'DC 2044 PENROSE, DC 1551 ARNOLD'), ('Legal adviser', 'Ms K. OWUSU'), ('URN', c['urn'])],
             [('00:00', 'DC PENROSE', 'Caution; introductions.'), ('01:50', 'TURVEY', 'Megan asked me to come and lie down with her. We kissed. We had sex. She never said no, not once.'),
              ('11:30', 'DC PENROSE', 'Why was she crying in the bathroom afterwards?'), ('11:41', 'TURVEY', 'No idea. Maybe because of her ex. She was fine with me.'),
              ('19:00', 'DC ARNOLD', 'You told her "don\'t be weird about it". Why?'), ('19:08', 'TURVEY', 'I didn\'t say that.'),
              ('40:10', 'DC PENROSE', 'End of interview.')], summary_first='Accepts intercourse; says complainant invited him and consented; denies she said no.')
    k.add('ROTI TURVEY.pdf', 'ROTI')
    doc_pnc_suspect(k.p('PNC TURVEY.pdf'), c, dict(name='TURVEY, Ashley James', dob='07/01/2004', pnc='21/0098112R', printed='15/03/2026', convictions=[],
                                                   notes=['Cautions: 11/10/2021 criminal damage (simple caution). No convictions.']))
    k.add('PNC TURVEY.pdf', 'PNC')
    doc_generic(k.p('witness PNC results.pdf'), c, pnc_witness_blocks(c, [
        ('Megan HOLLIS', 'Complainant', 'Nil'), ('Keira DALBY', 'First account', 'Nil'), ('Owen FAIRCLOUGH', 'Witness', 'Nil'),
        ('Jade MORLEY', 'Witness (unused)', 'Nil')], 'DC 2044 PENROSE', '19/03/2026'))
    k.add('witness PNC results.pdf', 'PNC')
    doc_mg6c(k.p('MG6C.docx'), c, [
        ('1', 'PELICAN crime record BR/26/5521 and investigation log. Copy with file.', 'BR/26/5521', ''),
        ('2', 'Incident log BR-140326-0277 (101 call by complainant\'s mother). Copy with file.', 'INC 0277', ''),
        ('3', 'PC MOSS PNB 70455 p.9: first account to police, complainant\'s words recorded 10:55.', 'PNB 70455', ''),
        ('4', 'Email from Keira DALBY to PC MOSS, 15/03/2026, attaching screenshots (original of KD/1).', 'EM-KD', ''),
        ('5', 'Statement of Jade MORLEY 17/03/2026: left the party at 02:05, Megan tipsy but fine.', 'MG11-MORLEY', ''),
        ('6', 'PNB accounts of two guests who declined statements (Liam CROFT, Ellie BRAND): went to bed at 01:30, heard nothing.', 'PNB 90117', ''),
        ('7', 'House-to-house, Linnet Close 1-20, 16/03/2026: no CCTV or doorbell cameras; nothing heard.', 'H2H-LC', ''),
        ('8', 'Consented extraction of TURVEY\'s phone: Snapchat with Megan 2025 only, friendly content; no 2026 messages.', 'DF-26-441', ''),
        ('9', 'DC PENROSE PNB 90117 p.3: options explained to complainant (ABE or written statement); she chose written.', 'PNB 90117', ''),
        ('10', 'Custody record TURVEY 14-15/03/2026.', 'CUST-W-8812', '')], fmt='docx', signed='S. Penrose DC 2044, 01/09/2026')
    k.add('MG6C.docx', 'MG6C')
    doc_mg6d(k.p('MG6D.pdf'), c, [
        ('1', 'SARC consent form and FME notes, 14/03/2026', 'Medical records of complainant', ''),
        ('2', 'ISVA referral, 15/03/2026', 'Confidential support', '')], signed='S. Penrose DC 2044, 01/09/2026')
    k.add('MG6D.pdf', 'MG6D')
    doc_mg12(k.p('MG12.pdf'), c, [
        ('KD/1', 'Printout of screenshot of text messages, Megan HOLLIS to Keira DALBY, 14/03/2026 03:17-03:19 (file Screenshot_20260314-031902.png)', 'Keira DALBY', 'With file'),
        ('DM/1', 'Leggings', 'PC MOSS', 'Property store'), ('DM/2', 'Knickers', 'PC MOSS', 'Property store'),
        ('RA/1', 'High vaginal swab', 'Dr ABARA', 'Calderbrook Forensics'), ('RA/2', 'Low vaginal swab', 'Dr ABARA', 'Calderbrook Forensics'),
        ('RA/3', 'Blood', 'Dr ABARA', 'Calderbrook Forensics'), ('RA/4', 'Urine', 'Dr ABARA', 'Calderbrook Forensics')], signed='DC 2044 PENROSE')
    k.add('MG12.pdf', 'MG12')
    doc_crime_report(k.p('crime record BR-26-5521.pdf'), c, dict(
        crime_no='BR/26/5521', offence='Rape of a female 16 or over', reported='14/03/2026 10:20 (101)', occurred='14/03/2026 02:45-03:15',
        location='9 Linnet Close, Wrathby', victim='HOLLIS, Megan (19)', pc='Female; White British; dyslexia', suspect='TURVEY, Ashley James (22)',
        summary='Victim lying down at a house party; suspect came into the room and had sex with her despite her saying no. She texted a friend from the bathroom at 03:17.',
        updates=[('14/03/2026 10:49', 'PC 0932', 'Attended; first account'), ('14/03/2026 12:40', 'SARC', 'Examination'), ('14/03/2026 19:05', 'DC 2044', 'Suspect arrested'),
                 ('16/03/2026 14:00', 'DC 2044', 'Written statement from victim (her choice)'), ('02/09/2026 11:00', 'DS 0451', 'Approved for CPS')]))
    k.add('crime record BR-26-5521.pdf', 'CRIME_REPORT')
    doc_incident_log(k.p('INC 0277.pdf'), c, dict(
        no='BR-140326-0277', opened='14/03/2026 10:20:55', source='101 - Mrs Carol HOLLIS (mother)', location='Wrathby',
        grade='Priority', closing='Crime BR/26/5521',
        entries=[('10:20', 'CC17', 'Caller says daughter (19) was raped at a party overnight by a male called Ash; daughter now home.'),
                 ('10:31', 'DSP2', 'PC 0932 MOSS assigned'), ('10:49', 'PC0932', 'On scene'), ('11:40', 'PC0932', 'SARC Wrathby General 12:10')]))
    k.add('INC 0277.pdf', 'INCIDENT_LOG')
    mnf = [t for t in ALL_CLEAN if t not in ('abe_recording', 'abe_summary', 'abe_exhibited')]
    mnf += ['abe_recording', 'abe_summary', 'abe_exhibited', 'early_advice', 'oic_contact']
    k.finish(out, 'charging', 0, [], mnf)


# ============================================================================= C04: ex-partner, 999 call, BWV, photo of PNC page
def case04(out):
    k = Case(out, 'Op_WILLOWHERB', CALDER, urn='63HX0390826',
             oic_name='DC 0778 Gemma PRICE-JONES',
             oic_line='DC 0778 Gemma PRICE-JONES, RASSO Team South (Halvercombe), tel 01632 960219, gemma.price-jones@caldermoor.police.example',
             oic_short='DC 0778 PRICE-JONES', suspect_formal='R v Liam Peter CROSSLEY', do_line='DC 0778 G. PRICE-JONES')
    c = k.c
    S = [
        ('1. Case details', [f"URN {c['urn']}. Operation WILLOWHERB. Suspect: CROSSLEY, Liam Peter, DOB 23/05/1990 (36). Complainant: Sophie TREMAYNE (34), his former partner (separated January 2026). Offence: rape, SOA 2003 s.1, 02/08/2026 between 21:30 and 22:40 at her home in Halvercombe.", 'OIC: ' + c['oic_line']]),
        ('2. Advice requested', 'Full Code Test charging decision on one count of rape.'),
        ('3. Early advice', 'Early advice was sought on 12/08/2026 from Ms Joanna REEVE, CPS RASSO unit. She advised obtaining the 999 recording, the neighbour\'s statement and a proportionate message extraction. All done.'),
        ('4. Summary', ['CROSSLEY came to Sophie\'s house at about 21:15 on 02/08/2026 to collect his belongings, by arrangement. She says he tried to kiss her, she refused, he pushed her onto the sofa, held her upper arms and raped her vaginally while she told him to stop and tried to push him off. He left at about 22:40. She ran to her neighbour Mrs Denise ORMEROD at about 22:43 and told her what had happened; Mrs ORMEROD has given a statement. Sophie called 999 at 22:48 (recording KL/1 with file). PC 1702 HADDAD arrived at 22:59 and recorded Sophie\'s first account on body-worn video (AH/1 with file).',
                      'ABE interview 04/08/2026 by DC PRICE-JONES (GPJ/1, index enclosed). SARC examination 03/08/2026: fingertip bruising to both upper arms and bruising to the inner thighs (Dr Helen MARSH). Semen, DNA matching CROSSLEY (SFR1 enclosed).']),
        ('5. Suspect\'s account', 'Interviewed 05/08/2026: accepts sexual intercourse; says it was consensual, that they were talking about getting back together, and that any bruises came from "rough sex she asked for". He says he left at 23:30. Expected defence: consent.'),
        ('6. Lines of enquiry', ['(a) The 999 call time (22:48) and the neighbour\'s evidence (22:43) are inconsistent with his claim to have left at 23:30. (b) His claim of reconciliation: the messages between them from 01/07/2026 to 10/08/2026 were extracted from Sophie\'s phone (DPN enclosed, narrow parameters) - she told him on 01/08/2026 "you can collect your stuff but you\'re not staying, we\'re done". (c) Previous history: one domestic incident in 2025 where Sophie was the victim (no further action at her request); no reports of any kind against Sophie; this material is on the MG6C. (d) The neighbour opposite has a doorbell camera, but it shows live view only and records nothing (PNB entry on the MG6C). (e) CROSSLEY\'s phone: seized on arrest, download submitted, see outstanding.', 'Lines pointing away from the suspect have been followed: his reconciliation claim (b), the timing (a) and whether Sophie had any motive from the separation (finance and property settled in March 2026 by agreement, per both; nothing outstanding between them).']),
        ('7. Outstanding', ['Download of CROSSLEY\'s phone (exhibit GPJ/4), submitted 06/08/2026: target date 23/10/2026.', 'SFR2 (full statement) from the forensic scientist if the DNA finding is disputed: target date 30/10/2026, to be requested only on CPS direction.']),
        ('8. Forensic / medical', 'FME statement of Dr Helen MARSH and SFR1 enclosed. Sophie gave written consent at the SARC on 03/08/2026 to release of her SARC records and the FME report to police and CPS.'),
        ('9. Digital', 'DPN signed 04/08/2026 (enclosed). Extraction limited to SMS, iMessage and WhatsApp messages and call log with CROSSLEY\'s number only, 01/07/2026 to 10/08/2026, because his account relies on recent contact about reconciliation. Extraction report enclosed (GPJ/3). No third-party material has been requested.'),
        ('10. Victim', ['Special measures: MG2 enclosed - ABE as evidence in chief, screens, and s.28 pre-recorded cross-examination which Sophie asked for on 18/08/2026. She is not vulnerable under s.16; no intermediary needed.', 'Needs: two children aged 6 and 9 - childcare needed for court dates; no interpreter. ISVA: referred 03/08/2026 to Caldermoor Women\'s Aid ISVA, accepted. VPS: made 20/08/2026, enclosed.']),
        ('11. Disclosure', 'MG6C, MG6D, MG6E and DMD enclosed. Rebuttable presumption material with file: crime report, incident log, 999 recording, BWV of first account, neighbour\'s statement, witness PNC checks.'),
        ('12. Bail', 'CROSSLEY on pre-charge bail to 05/11/2026. Conditions: not to contact Sophie TREMAYNE directly or indirectly except through a named solicitor about child contact; not to enter Larkspur Avenue, Halvercombe; to live and sleep at 6 Mardale Road, Caldermoor.'),
        ('13. Supervision', 'Supervisor: DS 1306 Kwame ASANTE. Reviewed 24/09/2026. Approved.'),
    ]
    doc_mg3_boxed(k.p('scan_0011.pdf'), c, S)
    k.add('scan_0011.pdf', 'MG3')
    make_video(k.p('GPJ1_TREMAYNE_ABE.mp4'), ['ABE - S. TREMAYNE', 'GPJ/1'], seconds=3, stamp='HALVERCOMBE VRI  04/08/2026 14:05:{s}', title='ABE TREMAYNE', seed=41)
    k.add('GPJ1_TREMAYNE_ABE.mp4', 'ABE_RECORDING')
    make_video(k.p('BWV_1702_HADDAD_2259.mp4'), ['BWV PC1702 HADDAD'], seconds=3, kind='bwv', stamp='PC1702 02/08/2026 22:59:{s} GMT+1', title='BWV AH/1', seed=42)
    k.add('BWV_1702_HADDAD_2259.mp4', 'BWV')
    make_wav(k.p('999_call_22-48_KL1.wav'), seconds=4, seed=43)
    k.add('999_call_22-48_KL1.wav', 'CALL_999')
    doc_abe_summary(k.p('ABE index TREMAYNE.pdf'), c,
                    [('Witness', 'Sophie TREMAYNE'), ('Date', '04/08/2026 14:05-15:18'), ('Interviewer', 'DC 0778 PRICE-JONES'), ('Monitor', 'DC 2130 FORD'), ('Exhibit', 'GPJ/1 (working copy GPJ/2)')],
                    [('00:00', 'Introductions and ground rules.'), ('04:20', 'Account: arrangement for Liam to collect his things; arrives about 21:15.'),
                     ('12:50', 'He tries to kiss her in the kitchen; she says no; he follows her to the lounge, pushes her onto the sofa.'),
                     ('19:30', 'Holds her upper arms; pulls down her pyjama bottoms; penile penetration; she says "stop" and "get off me" repeatedly.'),
                     ('33:10', 'He leaves about 22:40; she runs to Denise next door; 999 call.'),
                     ('48:00', 'Questions about reconciliation messages - denies any talk of getting back together.'),
                     ('70:15', 'Closure.')])
    k.add('ABE index TREMAYNE.pdf', 'ABE_SUMMARY')
    write_mg11(k.p('MG11 PRICE-JONES.pdf'), c,
               dict(name='PRICE-JONES, Gemma', occ='Detective Constable 0778', date='04/08/2026', sig='G Price-Jones'),
               ['I am a Detective Constable on the RASSO Team South and am ABE trained. On 4 August 2026 from 14:05 to 15:18 I interviewed Sophie TREMAYNE on video at the Halvercombe VRI suite.',
                'I produce the master recording as exhibit GPJ/1 (sealed, bag M0092311) and a working copy as GPJ/2.',
                'On 4 August 2026 I also explained a Digital Processing Notice to Sophie, which she signed, and arranged the limited extraction of her phone. I produce the extraction report as GPJ/3. On 5 August 2026 I seized CROSSLEY\'s phone on arrest, exhibit GPJ/4.'])
    k.add('MG11 PRICE-JONES.pdf', 'MG11', 'officer')
    write_mg11(k.p('HADDAD 1702.pdf'), c,
               dict(name='Amira HADDAD', occ='PC 1702', date='03/08/2026', sig='[signed]'),
               ['On Sunday 2 August 2026 at 22:50 I was dispatched to a reported rape at Larkspur Avenue, Halvercombe, and arrived at 22:59. My body-worn camera was recording from arrival.',
                'Sophie TREMAYNE was at her neighbour\'s house. She said, "Liam raped me, he came for his stuff and he held me down on the settee." I asked her a few questions to secure evidence and find the suspect. Her account was captured on my body-worn video, which I produce as exhibit AH/1.',
                'I saw red marks on both her upper arms. I arranged the SARC and stayed with her until DC FORD arrived at 00:40.'], style='typed')
    k.add('HADDAD 1702.pdf', 'MG11', 'officer')
    write_mg11(k.p('ORMEROD.pdf'), c,
               dict(name='Denise ORMEROD', occ='Retired nurse', date='05/08/2026', sig='D. Ormerod', witnessed='DC 2130 FORD'),
               ['I live next door to Sophie TREMAYNE on Larkspur Avenue. On Sunday 2 August 2026 at about quarter to eleven at night someone banged on my door. It was Sophie, in a T-shirt and pyjama bottoms, crying.',
                'She said, "Liam\'s raped me, he\'s just gone." She said he had come for his things, pinned her down on the settee and had sex with her while she was telling him to stop. I looked at the kitchen clock: it was 22:43. I sat her down and she rang 999 on her mobile from my kitchen.',
                'I had heard a car door and a car drive off from outside her house a few minutes before she came round.'])
    k.add('ORMEROD.pdf', 'MG11', 'first_account')
    write_mg11(k.p('MG11 Karen LAWLESS - 999.docx'), c,
               dict(name='Karen LAWLESS', occ='Control room supervisor', date='10/08/2026', sig='K Lawless'),
               ['I am a supervisor in the Caldermoor Constabulary force control room. All 999 calls are recorded automatically.',
                'At the request of DC PRICE-JONES I retrieved the recording of the 999 call received at 22:48:06 on 2 August 2026 from a mobile, linked to incident HX-0208-1127, and copied it to a file. I produce it as exhibit KL/1.'], style='docx')
    k.add('MG11 Karen LAWLESS - 999.docx', 'MG11', 'witness')
    write_mg11(k.p('Dr MARSH FME.pdf'), c,
               dict(name='Dr Helen MARSH', occ='Forensic physician', date='12/08/2026', sig='H. Marsh'),
               ['On 3 August 2026 at 02:10 I examined Sophie TREMAYNE at The Birches SARC with her written consent, including consent to share my findings and the SARC record with the police and prosecution.',
                'I found four oval bruises (1-1.5 cm) on the inner aspect of each upper arm, in a pattern consistent with gripping by fingertips, and bruising to both inner thighs. There was no genital injury.',
                'I took HM/1 (high vaginal swab), HM/2 (low vaginal swab) and HM/3 (skin swab, left upper arm).'])
    k.add('Dr MARSH FME.pdf', 'MG11', 'expert')
    doc_generic(k.p('SFR1 HX 26-2201.pdf'), c, [('title', 'SFR1'), ('kv', [('Provider', 'Northgate Forensic Services'), ('Ref', 'NFS-26-2201'), ('URN', c['urn']), ('Date', '14/09/2026')], (25, 75)),
                                                 ('p', 'HM/1: semen present; DNA profile matches Liam Peter CROSSLEY. HM/3: DNA mixture, major contributor matches CROSSLEY.')])
    k.add('SFR1 HX 26-2201.pdf', 'FORENSIC')
    doc_roti(k.p('ROTI_CROSSLEY.pdf'), c,
             [('Interviewee', 'Liam Peter CROSSLEY'), ('Date', '05/08/2026 15:30-16:24'), ('Place', 'Halvercombe custody'), ('Interviewers', 'DC 0778 PRICE-JONES, DC 2130 FORD'), ('Solicitor', 'Mr A. DOYLE'), ('URN', c['urn'])],
             [('00:00', 'DC PRICE-JONES', 'Caution and introductions.'), ('02:40', 'CROSSLEY', 'We\'d been talking about getting back together. She kissed me. We had sex on the settee. She wanted it.'),
              ('14:05', 'DC FORD', 'How did she get bruises on both arms?'), ('14:12', 'CROSSLEY', 'She likes it rough. She asked me to hold her.'),
              ('22:30', 'DC PRICE-JONES', 'What time did you leave?'), ('22:36', 'CROSSLEY', 'Half eleven, about.'),
              ('53:50', 'DC PRICE-JONES', 'Interview ended.')], summary_first='Admits intercourse; consent; rough sex at her request; left 23:30.')
    k.add('ROTI_CROSSLEY.pdf', 'ROTI')
    doc_pnc_suspect(k.p('PNC CROSSLEY.pdf'), c, dict(name='CROSSLEY, Liam Peter', dob='23/05/1990', pnc='08/0331170D', printed='05/08/2026',
                                                   convictions=[('02/02/2009', 'Caldermoor Youth Court', 'Theft', 'Referral order 6 months'), ('19/07/2016', 'Halvercombe Magistrates', 'Drink driving', 'Disqualified 18 months; fine')]))
    k.add('PNC CROSSLEY.pdf', 'PNC')
    write_photo_jpeg(k.p('IMG_2231.jpg'), pnc_witness_blocks(c, [
        ('Sophie TREMAYNE', 'Complainant', 'No trace'), ('Denise ORMEROD', 'First account', 'No trace'), ('Karen LAWLESS', 'Police staff', 'No trace')],
        'DC 0778 PRICE-JONES', '06/08/2026'), seed=44, angle=-2.2)
    k.add('IMG_2231.jpg', 'PNC')
    doc_dpn(k.p('DPN TREMAYNE.pdf'), c, [
        ('Device user', 'Sophie TREMAYNE'), ('Device', 'iPhone, blue case'),
        ('Reason (line of enquiry)', 'The suspect says they were discussing reconciliation; recent messages between them bear directly on that claim.'),
        ('Data', 'SMS, iMessage, WhatsApp messages and call log with the suspect\'s number only'), ('Date range', '01/07/2026 - 10/08/2026'),
        ('Method', 'Logical extraction filtered to the contact; no photographs, no other apps')],
        ['Sophie TREMAYNE agreed to this extraction after it was explained, knowing she could refuse. Signed: S Tremayne 04/08/2026. Officer: DC 0778 G. PRICE-JONES.'])
    k.add('DPN TREMAYNE.pdf', 'DPN')
    doc_generic(k.p('GPJ3 extraction report.pdf'), c, [('title', 'Extraction report - exhibit GPJ/3'), ('kv', [('Device', 'Complainant iPhone'), ('Parameters', 'As DPN 04/08/2026: messages/call log with suspect number, 01/07/2026-10/08/2026'), ('URN', c['urn'])], (25, 75)),
                                                      ('table', ['Date', 'From', 'Message'], [('01/08/2026 19:02', 'Sophie', 'you can collect your stuff sunday but you\'re not staying. we\'re done'),
                                                                                             ('01/08/2026 19:10', 'Liam', 'fine'), ('03/08/2026 08:14', 'Liam', 'im sorry about last night I lost it')], (20, 15, 65))])
    k.add('GPJ3 extraction report.pdf', 'DIGITAL_EXTRACT')
    write_docx(k.p('MG2 TREMAYNE.docx'), [
        ('title', 'MG2 Special Measures Assessment'), ('kv', [('URN', c['urn']), ('Witness', 'Sophie TREMAYNE'), ('Eligibility', 'Intimidated: complainant in a sexual offence (s.17(4) YJCEA 1999)')]),
        ('table', ['Measure', 'Requested', 'Witness view'], [('VRI as evidence in chief', 'Yes', 'Agrees'), ('Screens', 'Yes', 'Wants screens'),
                                                             ('s.28 pre-recorded cross-examination', 'Yes', 'Asked for s.28 on 18/08/2026'), ('Intermediary', 'No - not vulnerable, no communication needs', '-')]),
        ('p', 'Completed by DC 0778 PRICE-JONES, 18/08/2026.')], author=c['force'])
    k.add('MG2 TREMAYNE.docx', 'MG2')
    doc_generic(k.p('VPS_TREMAYNE.pdf'), c, [('title', 'Victim Personal Statement'), ('kv', [('URN', c['urn']), ('Name', 'Sophie TREMAYNE'), ('Date', '20/08/2026')], (25, 75)),
                                               ('p', DECL.format(n=1)), ('p', 'I do not feel safe in my own house any more. I have moved my children into my room. I have had to take time off work.'), ('p', 'Signed: S. Tremayne')])
    k.add('VPS_TREMAYNE.pdf', 'VPS')
    doc_mg6c(k.p('MG6C WILLOWHERB.pdf'), c, [
        ('1', 'Crime report HX/26/3908. Copy with file.', 'HX/26/3908', ''), ('2', 'Incident log HX-0208-1127. Copy with file.', 'HX-1127', ''),
        ('3', 'Domestic incident 14/05/2025 (Sophie victim, verbal argument, NFA at her request) - DASH form and log.', 'HX/25/1102', ''),
        ('4', 'DC FORD PNB 3340 p.12: neighbour opposite (no. 11) doorbell camera is live view only; no recording exists.', 'PNB 3340', ''),
        ('5', 'ABE interview plan, DC PRICE-JONES, 04/08/2026.', 'PLAN-GPJ', ''), ('6', 'Custody record CROSSLEY 05/08/2026.', 'CUST-HX-221', ''),
        ('7', 'Bail record and conditions, 05/08/2026.', 'BAIL-HX-221', '')], signed='G. Price-Jones DC 0778, 23/09/2026')
    k.add('MG6C WILLOWHERB.pdf', 'MG6C')
    doc_mg6d(k.p('MG6D WILLOWHERB.pdf'), c, [('1', 'ISVA referral, Caldermoor Women\'s Aid, 03/08/2026', 'Confidential support; address of refuge contact', ''),
                                             ('2', 'MARAC referral 10/08/2026', 'Multi-agency safeguarding information', '')], signed='G. Price-Jones DC 0778, 23/09/2026')
    k.add('MG6D WILLOWHERB.pdf', 'MG6D')
    doc_generic(k.p('MG6E.pdf'), c, [('title', 'Disclosure officer\'s report - MG6E'), ('p', f"URN {c['urn']}. I have reviewed all material. MG6C item 3 (2025 domestic incident) may assist the defence in showing a troubled relationship and is sent with this file, as are items 1 and 2. No other undermining material."),
                                     ('p', 'DC 0778 G. PRICE-JONES, 23/09/2026')])
    k.add('MG6E.pdf', 'MG6E')
    doc_generic(k.p('DMD Op WILLOWHERB.pdf'), c, [('title', 'Disclosure Management Document'), ('kv', [('URN', c['urn']), ('Case', c['suspect_formal'])], (25, 75)),
                                                  ('h', 'Reasonable lines of enquiry'), ('p', 'Timing evidence (999, neighbour); reconciliation claim (targeted message extraction); relationship history (police records).'),
                                                  ('h', 'Digital strategy'), ('p', 'Complainant\'s phone: selective extraction limited to messages with the suspect, 01/07-10/08/2026; no further examination planned. Suspect\'s phone: full examination for contact with the complainant and any material about 02/08/2026.'),
                                                  ('h', 'Third-party material'), ('p', 'None sought; none identified as a reasonable line of enquiry.')])
    k.add('DMD Op WILLOWHERB.pdf', 'DMD')
    doc_generic(k.p('HX-1127 log.pdf'), c, [('title', 'COMMAND & CONTROL LOG HX-0208-1127'), ('table', ['Time', 'Op', 'Entry'], [
        ('22:48', 'CH33', '999 female caller, states ex-partner has just raped her at her home and left in a grey Astra. Caller at neighbour\'s.'),
        ('22:50', 'DSP1', 'PC 1702 HADDAD assigned, grade 1'), ('22:59', 'PC1702', 'On scene, BWV on'), ('23:40', 'DSP1', 'Suspect not at home address; circulated')], (12, 12, 76))])
    k.add('HX-1127 log.pdf', 'INCIDENT_LOG')
    doc_crime_report(k.p('HX-26-3908 crime.pdf'), c, dict(
        crime_no='HX/26/3908', offence='Rape of a female 16 or over (domestic)', reported='02/08/2026 22:48 (999)', occurred='02/08/2026 21:30-22:40',
        location='Larkspur Avenue, Halvercombe', victim='TREMAYNE, Sophie (34)', pc='Female; White British; no disability', suspect='CROSSLEY, Liam Peter (36)',
        summary='Ex-partner attended to collect belongings, held victim down on sofa and raped her.', updates=[('05/08/2026 09:10', 'DC 0778', 'Suspect arrested'), ('24/09/2026 12:00', 'DS 1306', 'Approved for CPS')]))
    k.add('HX-26-3908 crime.pdf', 'CRIME_REPORT')
    doc_mg12(k.p('MG12 exhibits.pdf'), c, [
        ('GPJ/1', 'ABE master recording, Sophie TREMAYNE (file GPJ1_TREMAYNE_ABE.mp4)', 'DC PRICE-JONES', 'With file'), ('GPJ/2', 'ABE working copy', 'DC PRICE-JONES', 'Property'),
        ('GPJ/3', 'Extraction report, complainant phone (limited)', 'DC PRICE-JONES', 'With file'), ('GPJ/4', 'Suspect\'s phone', 'DC PRICE-JONES', 'Digital Forensic Unit'),
        ('AH/1', 'Body-worn video PC 1702 HADDAD, 02/08/2026 22:59 (file BWV_1702_HADDAD_2259.mp4)', 'PC HADDAD', 'With file'),
        ('KL/1', '999 call recording 22:48 02/08/2026 (file 999_call_22-48_KL1.wav)', 'Karen LAWLESS', 'With file'),
        ('HM/1', 'High vaginal swab', 'Dr MARSH', 'NFS'), ('HM/2', 'Low vaginal swab', 'Dr MARSH', 'NFS'), ('HM/3', 'Skin swab left upper arm', 'Dr MARSH', 'NFS')], signed='DC 0778 PRICE-JONES')
    k.add('MG12 exhibits.pdf', 'MG12')
    mnf = [t for t in ALL_CLEAN if t != 'files_readable'] + ['early_advice', 'oic_contact', 'abe_plan', 'mg6e', 'dmd']
    k.finish(out, 'charging', 0, [], mnf)


# ============================================================================= C05: workplace, CCTV, two first-account witnesses, .eml
def case05(out):
    k = Case(out, '63CM0502126_CPS_pack', CALDER, urn='63CM0502126',
             oic_name='DC 3902 Sian PARFITT',
             oic_line='DC 3902 Sian PARFITT, 01632 960851, sian.parfitt@caldermoor.police.example (RASSO Team North)',
             oic_short='DC 3902 PARFITT', suspect_formal='R v Martin Paul ELSWORTH', do_line='DC 3902 S. PARFITT')
    c = k.c
    secs = [
        ('URN', c['urn']), ('OIC contact', c['oic_line']),
        ('Suspect', 'ELSWORTH, Martin Paul, 14/02/1974 (52), sales director'),
        ('Complainant', 'KIRKBRIDE, Joanne (41), office manager'),
        ('Offence', 'Assault by penetration, Sexual Offences Act 2003 s.2, 19/05/2026 about 21:15, storeroom, Halcyon Logistics, Unit 4 Copperfield Park, Caldermoor'),
        ('Decision sought', 'Full code test.'),
        ('Early advice', 'Not sought: the suspect\'s account was obtained a week after the report and the evidence was straightforward to gather. Recorded by DS 0922 BLAKE on 02/06/2026.'),
        ('Key evidence', 'Joanne\'s ABE (SP/1, summary enclosed): at the end of the office summer drinks ELSWORTH asked her to help find spare glasses in the storeroom, closed the door, pushed her against the shelving, put his hand up her dress and inside her knickers and penetrated her vagina with his fingers while she said "Martin, no" and tried to get past him. She got out when the door was opened from outside by a cleaner\'s trolley. CCTV from corridor camera 3 (GT/1, with file) shows both entering the storeroom corridor at 21:14 and Joanne coming out fast at 21:21, adjusting her dress. She told a colleague at work, Farah QUADIR, in the ladies\' toilets at about 21:25, and her husband Stephen KIRKBRIDE at home at about 22:30; both have given statements. At 08:12 the next morning ELSWORTH emailed her: "Sorry if I overstepped last night. Let\'s keep it between us, J." (JK/1; the email file is with the papers).'),
        ('Suspect account', 'Interviewed 26/05/2026 (ROTI enclosed). Says they kissed consensually in the storeroom, that she initiated it, and denies any touching under her clothing. Explains the email as embarrassment about the kiss. Likely defence: denial of penetration; consent to kissing only.'),
        ('Lines of enquiry', 'Completed: corridor camera 3 footage seized (GT/1, with file); the lobby camera footage was viewed, shows nothing relevant and is unused (MG6C item 4); the cleaner, Mrs Irena NOWAK, says she saw no one (notebook entry on MG6C); colleagues at the drinks - Callum REES says the two "seemed friendly, a bit flirty" at the bar (statement enclosed, as it may help the defence); three other colleagues saw nothing relevant (MG6C). Away from the suspect: whether Joanne had any workplace grievance against ELSWORTH (HR confirmed none raised by either, MG6C item 8); whether the CCTV shows her leaving calmly (it does not). Not pursued: Joanne\'s phone - the relevant email was forwarded by her from her work account and there is no other line of enquiry that needs her phone.'),
        ('Outstanding', 'No further enquiries are outstanding.'),
        ('Forensic / medical', 'Joanne declined a forensic medical examination at the SARC on 21/05/2026, two days after the event (recorded by DC PARFITT). No medical records have been requested, so no consent to release is needed. Her dress (SP/3) was submitted: SFR1 received 30/07/2026 - no result of evidential value. Consent to the submission was recorded on 21/05/2026.'),
        ('Digital material', 'Joanne did not want her phone examined and it has not been. No DPN. No third-party material requested.'),
        ('Special measures / needs', 'Eligible s.17(4). Wants screens and ABE as evidence in chief; after explanation on 10/06/2026 she does not want s.28 pre-recorded cross-examination and prefers to give evidence in court at trial behind a screen. Not vulnerable; no intermediary needed. Needs: none beyond the above; no interpreter. ISVA: referred 21/05/2026 to Survivors\' Haven, declined on 28/05/2026 - she has support through her GP and family; offer remains open. VPS: offered 10/06/2026; she will make one after the decision.'),
        ('Disclosure', 'MG6C, MG6D enclosed. RP material with file: crime report, incident log, statements of both first-account witnesses, CCTV, witness PNC checks (nil).'),
        ('Bail', 'Bailed to 26/11/2026. Conditions: no contact with Joanne KIRKBRIDE; not to attend Unit 4 Copperfield Park (he has been suspended by his employer).'),
        ('Supervisor', 'DS 0922 Helen BLAKE - 21/09/2026 - endorsed.'),
    ]
    doc_mg3_kv(k.p('MG3 KIRKBRIDE.docx'), c, secs, fmt='docx')
    k.add('MG3 KIRKBRIDE.docx', 'MG3')
    make_video(k.p('DVD_export_title1.mp4'), ['ABE J. KIRKBRIDE', 'SP/1'], seconds=3, stamp='CALDERMOOR VRI 2  21/05/2026 10:30:{s}', title='VRI KIRKBRIDE', seed=51)
    k.add('DVD_export_title1.mp4', 'ABE_RECORDING')
    make_video(k.p('CCTV_corridor_cam3.mp4'), ['CAM 3 CORRIDOR'], seconds=4, kind='cctv', stamp='CAM3 19/05/2026 21:14:{s}', title='CCTV GT/1 Halcyon Logistics', seed=52)
    k.add('CCTV_corridor_cam3.mp4', 'CCTV')
    doc_abe_summary(k.p('ABE summary KIRKBRIDE.docx'), c,
                    [('Witness', 'Joanne KIRKBRIDE'), ('Date', '21/05/2026 10:30-11:41'), ('Interviewer', 'DC 3902 PARFITT'), ('Exhibits', 'SP/1 master, SP/2 copy')],
                    [('00:00', 'Introductions.'), ('05:15', 'The summer drinks; ELSWORTH asks her to help find glasses.'),
                     ('16:40', 'Storeroom: door closed, pushed against shelving, hand up dress, fingers inside her vagina; "Martin, no".'),
                     ('29:20', 'Escape when trolley opens the door; to the toilets; tells Farah.'),
                     ('41:00', 'Tells Stephen at home; the email next morning.'), ('61:00', 'Questions and closure.')], fmt='docx')
    k.add('ABE summary KIRKBRIDE.docx', 'ABE_SUMMARY')
    write_mg11(k.p('PARFITT SP1.pdf'), c, dict(name='Sian PARFITT', occ='DC 3902', date='21/05/2026', sig='S. Parfitt'),
               ['I am ABE trained. On 21 May 2026 from 10:30 to 11:41 I interviewed Joanne KIRKBRIDE on video at Caldermoor VRI Suite 2. I produce the master recording as SP/1 and a working copy as SP/2.',
                'Joanne declined a forensic medical examination when I offered it that afternoon. She gave me the dress she wore on 19 May 2026, which I exhibit as SP/3, and agreed to its forensic submission.',
                'On 20 May 2026 Joanne forwarded to me an email she had received from Martin ELSWORTH. I produce the email as JK/1.'])
    k.add('PARFITT SP1.pdf', 'MG11', 'officer')
    write_mg11(k.p('QUADIR.docx'), c, dict(name='Farah QUADIR', occ='Accounts assistant', date='22/05/2026', sig='F. Quadir'),
               ['I work at Halcyon Logistics with Joanne KIRKBRIDE. At the summer drinks on 19 May 2026, at about 21:25, I went into the ladies\' and Joanne was there, crying and shaking.',
                'She said "Martin just had his hand in my knickers in the storeroom. He put his fingers in me. I told him no." She asked me not to tell anyone from work. I walked her to her taxi.'], style='docx')
    k.add('QUADIR.docx', 'MG11', 'first_account')
    write_mg11(k.p('S KIRKBRIDE MG11.pdf'), c, dict(name='KIRKBRIDE, Stephen', occ='Plumber', date='22/05/2026', sig='Signed: S. Kirkbride'),
               ['I am married to Joanne KIRKBRIDE. On 19 May 2026 she came home by taxi at about 22:20. She went straight upstairs. At about 22:30 I found her sitting on the bathroom floor.',
                'She told me her boss Martin had taken her into the storeroom at the work do, pinned her against the shelves and "put his hand inside me". I wanted to go round there. She asked me not to. The next day she decided to report it.'], style='typed')
    k.add('S KIRKBRIDE MG11.pdf', 'MG11', 'first_account')
    write_mg11(k.p('HEBDEN 1188.pdf'), c, dict(name='Jack HEBDEN', occ='Police Constable 1188', date='20/05/2026', sig='J. Hebden PC1188'),
               ['On 20 May 2026 at 12:15 I attended an address in Caldermoor after a 101 call from Joanne KIRKBRIDE reporting a sexual assault at her workplace the previous evening.',
                'She told me "my boss put his fingers inside me in the storeroom at our work do." I recorded her first account in PNB 51190 pp.3-6, which she signed. I made an early evidence kit offer; she said she had already showered. I referred the matter to the RASSO team.'])
    k.add('HEBDEN 1188.pdf', 'MG11', 'officer')
    write_mg11(k.p('TOLLAND CCTV.pdf'), c, dict(name='Gavin TOLLAND', occ='Facilities manager, Halcyon Logistics', date='21/05/2026', sig='G. Tolland'),
               ['I manage the CCTV system at Unit 4 Copperfield Park. The system clock was checked against the speaking clock on 21 May 2026 and is accurate to within 10 seconds.',
                'At the request of DC PARFITT I exported footage from corridor camera 3 for 21:10 to 21:30 on 19 May 2026 and produce it as GT/1. The relevant part is 21:14:00 to 21:21:30.'])
    k.add('TOLLAND CCTV.pdf', 'MG11', 'witness')
    write_mg11(k.p('REES C.pdf'), c, dict(name='Callum REES', occ='Sales executive', date='28/05/2026', sig='[signed]'),
               ['I was at the Halcyon summer drinks on 19 May 2026. Martin ELSWORTH and Joanne KIRKBRIDE were chatting at the bar around 8.30pm. They seemed friendly, a bit flirty maybe, laughing. I did not see where they went later.'], style='typed')
    k.add('REES C.pdf', 'MG11', 'witness')
    eml = ("From: Martin Elsworth <m.elsworth@halcyon-logistics.example>\r\nTo: Joanne Kirkbride <j.kirkbride@halcyon-logistics.example>\r\n"
           "Date: Wed, 20 May 2026 08:12:44 +0100\r\nSubject: last night\r\nMessage-ID: <20260520081244.4471@halcyon-logistics.example>\r\n"
           "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
           "Sorry if I overstepped last night. Let's keep it between us, J.\r\n\r\nM\r\n\r\n-- \r\nExhibit JK/1 (forwarded by J. Kirkbride to DC 3902 PARFITT 20/05/2026 14:02) URN 63CM0502126\r\n")
    with open(k.p('JK1 email 20-05-2026.eml'), 'w', newline='') as f:
        f.write(eml)
    k.add('JK1 email 20-05-2026.eml', 'CORRESPONDENCE')
    doc_generic(k.p('SFR1 dress SP3.pdf'), c, [('title', 'Streamlined Forensic Report SFR1'), ('kv', [('Lab', 'Northgate Forensic Services NFS-26-1560'), ('URN', c['urn']), ('Date', '30/07/2026')], (25, 75)),
                                                ('p', 'SP/3 (dress): no semen detected. Tapings from the hem gave a low-level DNA mixture unsuitable for comparison. No result of evidential value.')])
    k.add('SFR1 dress SP3.pdf', 'FORENSIC')
    doc_roti(k.p('ROTI ELSWORTH.pdf'), c, [('Interviewee', 'Martin Paul ELSWORTH'), ('Date', '26/05/2026 10:00-10:47'), ('Place', 'Kestrel Road (voluntary attendance)'), ('Interviewers', 'DC 3902 PARFITT, DC 0712 OKORO'), ('Solicitor', 'Ms L. GRANT'), ('URN', c['urn'])],
             [('00:00', 'DC PARFITT', 'Caution; voluntary attendance explained.'), ('03:00', 'ELSWORTH', 'We kissed in the storeroom. She kissed me first. That\'s all.'),
              ('15:40', 'DC OKORO', 'Did you put your hand inside her underwear?'), ('15:46', 'ELSWORTH', 'Absolutely not.'),
              ('25:10', 'DC PARFITT', 'Why "keep it between us"?'), ('25:20', 'ELSWORTH', 'I\'m married, she\'s married. It was a stupid kiss.'), ('46:00', 'DC PARFITT', 'End.')])
    k.add('ROTI ELSWORTH.pdf', 'ROTI')
    doc_pnc_suspect(k.p('PNC ELSWORTH.pdf'), c, dict(name='ELSWORTH, Martin Paul', dob='14/02/1974', pnc='26/0200411K', printed='26/05/2026', convictions=[]))
    k.add('PNC ELSWORTH.pdf', 'PNC')
    doc_generic(k.p('PNC nil returns witnesses.pdf'), c, pnc_witness_blocks(c, [
        ('Joanne KIRKBRIDE', 'Complainant', 'Nil'), ('Farah QUADIR', 'First account', 'Nil'), ('Stephen KIRKBRIDE', 'First account', 'Nil'),
        ('Gavin TOLLAND', 'Witness (CCTV)', 'Nil'), ('Callum REES', 'Witness', 'Nil')], 'DC 3902 PARFITT', '29/05/2026'))
    k.add('PNC nil returns witnesses.pdf', 'PNC')
    doc_mg6c(k.p('MG6C 63CM0502126.pdf'), c, [
        ('1', 'Crime report CM/26/15021. Copy with file.', 'CM/26/15021', ''), ('2', 'Incident log CM-200526-0631 (101). Copy with file.', 'CAD 0631', ''),
        ('3', 'PC HEBDEN PNB 51190 pp.3-6, first account signed by complainant.', 'PNB 51190', ''),
        ('4', 'CCTV lobby camera 1, 19/05/2026 20:00-22:00: both arrive and leave separately; nothing of note.', 'GT-LOBBY', ''),
        ('5', 'DC PARFITT PNB 52207 p.8: cleaner Irena NOWAK saw no one in the corridor when her trolley knocked the storeroom door.', 'PNB 52207', ''),
        ('6', 'Notebook accounts of three colleagues (A. PIKE, T. LOWE, R. SAMPSON): saw nothing relevant after 21:00.', 'PNB 52207', ''),
        ('7', 'ABE interview plan, DC PARFITT, 21/05/2026.', 'PLAN-SP', ''),
        ('8', 'Email from Halcyon HR, 01/06/2026: no grievances raised by or against either party.', 'HR-0106', ''),
        ('9', 'Record of complainant declining FME and ISVA offers (DC PARFITT, 21/05 and 28/05/2026).', 'VCL-15021', '')], signed='S. Parfitt 3902 - 18/09/2026')
    k.add('MG6C 63CM0502126.pdf', 'MG6C')
    doc_mg6d(k.p('MG6D 63CM0502126.pdf'), c, [('1', 'Victim contact log with home contact details', 'Personal data', ''), ('2', 'ISVA referral form 21/05/2026', 'Confidential support', '')], signed='S. Parfitt 3902 - 18/09/2026')
    k.add('MG6D 63CM0502126.pdf', 'MG6D')
    doc_mg12(k.p('MG12.pdf'), c, [('SP/1', 'ABE master recording (DVD_export_title1.mp4)', 'DC PARFITT', 'With file'), ('SP/2', 'ABE working copy', 'DC PARFITT', 'Property'),
                                  ('SP/3', 'Dress', 'DC PARFITT', 'NFS'), ('JK/1', 'Email ELSWORTH to KIRKBRIDE 20/05/2026 08:12', 'DC PARFITT', 'With file (.eml)'),
                                  ('GT/1', 'CCTV corridor camera 3, 19/05/2026 21:10-21:30 (CCTV_corridor_cam3.mp4)', 'Gavin TOLLAND', 'With file')], signed='DC 3902 PARFITT')
    k.add('MG12.pdf', 'MG12')
    doc_crime_report(k.p('KESTREL CM-26-15021.pdf'), c, dict(
        crime_no='CM/26/15021', offence='Assault of a female by penetration', reported='20/05/2026 11:48 (101)', occurred='19/05/2026 21:14-21:21',
        location='Halcyon Logistics, Unit 4 Copperfield Park', victim='KIRKBRIDE, Joanne (41)', pc='Female; British Asian; no disability', suspect='ELSWORTH, Martin Paul (52)',
        summary='Senior colleague digitally penetrated victim in a storeroom at a work social event.', updates=[('20/05/2026 12:15', 'PC 1188', 'First account taken'), ('26/05/2026 10:00', 'DC 3902', 'Voluntary interview'), ('21/09/2026 09:30', 'DS 0922', 'Endorsed')]))
    k.add('KESTREL CM-26-15021.pdf', 'CRIME_REPORT')
    doc_incident_log(k.p('CAD 0631.pdf'), c, dict(no='CAD 0631 20/05/2026', opened='20/05/2026 11:48', source='101 - Joanne KIRKBRIDE', location='Caldermoor', grade='Scheduled (victim safe)', closing='Crime CM/26/15021',
                                                 entries=[('11:48', 'OP1903', 'Caller reports her boss sexually assaulted her at a work party last night. Safe at home with husband.'), ('11:55', 'DSP2', 'PC 1188 HEBDEN to attend'), ('12:15', 'PC1188', 'On scene')]))
    k.add('CAD 0631.pdf', 'INCIDENT_LOG')
    mnf = list(ALL_CLEAN) + ['early_advice', 'oic_contact', 'abe_plan']
    # ISVA was declined but the referral is recorded, so victim_care holds
    k.finish(out, 'charging', 0, [], mnf)


def std_victim_block(name, extra=''):
    return (f'Special measures: {name} is eligible under s.17(4) YJCEA 1999. She wants her ABE played as evidence in chief and to give evidence by live link; '
            f's.28 pre-recorded cross-examination was explained and she wants it. She is not vulnerable under s.16 and no intermediary assessment is needed. '
            f'Needs: no interpreter; {extra} ISVA referral made and accepted. VPS offered; see below.')


# ============================================================================= C06 (faulty): undated outstanding item + vague schedule entry
def case06(out):
    k = Case(out, 'SV_2026_120417_FCT', SEVERN, urn='71SV1204126',
             oic_name='DC 2561 Tomos PRICHARD',
             oic_line='DC 2561 Tomos PRICHARD, PPU Severnmouth North, 01632 960377, tomos.prichard@severnmouth.police.example',
             oic_short='DC 2561 PRICHARD', suspect_formal='R v Kieran John MORGAN', do_line='DC 2561 T. PRICHARD')
    c = k.c
    header = [('URN', c['urn']), ('OIC', c['oic_line']), ('Suspect', 'MORGAN, Kieran John, 30/09/1998 (27)'),
              ('Complainant', 'Nia HOWELLS (29)'), ('Offence', 'Rape (SOA 2003 s.1), 11-12/07/2026, Flat 3, 40 Quay Street, Severnmouth'),
              ('Submitted', '22/09/2026')]
    S = [
        ('Test', ['Full Code Test requested.']),
        ('Early advice', ['Early advice was not sought because the suspect made full admissions to intercourse at interview and the only issue, consent, could be put to the CPS on a complete file; this was agreed with DI 0388 VAUGHAN on 20/07/2026.']),
        ('Summary', [
            'Nia HOWELLS met MORGAN through the Spark dating app. On their second date on 11/07/2026 they went back to his flat. Nia says she had drunk three glasses of wine, then MORGAN gave her a drink after which she felt "heavy and far away". She remembers lying on his bed, telling him "I don\'t want to" and being unable to push him away while he had vaginal intercourse with her. She left in a taxi at about 02:30.',
            'Next morning she told her flatmate Elin ROBERTS (statement enclosed). PC 3390 LEWIS took her first account at 11:05 on 12/07/2026 (statement enclosed). ABE interview 13/07/2026 by DC 1877 JENKINS (LJ/5; summary enclosed).']),
        ('Suspect\'s account', ['Interviewed 14/07/2026: accepts intercourse; says Nia was not drunk, was enthusiastic and consented; denies giving her anything other than wine. Defence: consent.']),
        ('Lines of enquiry', [
            'Done: Spark app messages between the two (selective extraction under a DPN, enclosed) - friendly arrangements, nothing about sex; MORGAN\'s flat searched 14/07/2026 - no drugs found; neighbour in Flat 4, Gwyn ASHTON, told DC PRICHARD he heard a woman say "no, please" at about 01:00 but declined to make a statement (note of conversation, MG6C item 4).',
            'Away from the suspect: whether Nia\'s drinking alone explains how she felt (toxicology will help); whether the taxi driver saw her as drunk or drugged or upset, which could support or undermine her account; her earlier messages to friends about the date (she volunteered two screenshots showing she was looking forward to it - disclosed on the MG6C).']),
        ('Outstanding evidence', [
            '(a) Toxicology on blood and urine samples (TR/3, TR/4): submitted 13/07/2026; target date 30/10/2026.',
            '(b) Download of MORGAN\'s phone (exhibit TP/6): target date 13/11/2026.',
            '(c) Statement from the taxi driver who drove Nia home (Brennan Cabs, booking 44172): driver identified, enquiries continuing to obtain a statement.']),
        ('Medical and forensic', ['SARC examination 12/07/2026 by Dr Rhiannon TUDOR: no injuries. Swabs TR/1-2: DNA of MORGAN (SFR1 enclosed; intercourse admitted). Nia gave written consent to release of her SARC records to police and CPS on 12/07/2026.']),
        ('Digital', ['DPN signed 13/07/2026 (enclosed): Spark app chat with MORGAN only, 01/07/2026 to 12/07/2026, because he says the messages show she wanted sex. No other data taken. No third-party material sought.']),
        ('Victim', [std_victim_block('Nia', 'she asks for updates by email.') , 'ISVA: Severnmouth Rape Crisis, referral 12/07/2026. VPS: offered 20/07/2026, she will make one later.']),
        ('Disclosure', ['MG6C and MG6D enclosed. Crime report, incident log, witness PNCs and first account material with the file.']),
        ('Bail', ['Bailed to 14/10/2026: no contact with Nia HOWELLS; not to use the Spark app to contact her; not to enter Tide Street, Severnmouth.']),
        ('Supervisor', ['DS 2290 Carys WYN-EVANS, reviewed 22/09/2026.']),
    ]
    doc_mg3_numbered(k.p('MG3_HOWELLS.pdf'), c, header, S, fmt='pdf')
    k.add('MG3_HOWELLS.pdf', 'MG3')
    make_video(k.p('HOWELLS ABE 130726.mp4'), ['ABE N. HOWELLS', 'LJ/5'], seconds=3, stamp='SEVERNMOUTH VRI  13/07/2026 14:20:{s}', seed=61)
    k.add('HOWELLS ABE 130726.mp4', 'ABE_RECORDING')
    doc_abe_summary(k.p('ABE summary.pdf'), c, [('Witness', 'Nia HOWELLS'), ('Date', '13/07/2026 14:20-15:22'), ('Interviewer', 'DC 1877 JENKINS'), ('Exhibit', 'LJ/5')],
                    [('00:00', 'Introductions.'), ('06:00', 'The date; wine at the Harbour Lights bar.'), ('18:30', 'Drink at his flat; feels "heavy and far away".'),
                     ('27:45', 'On the bed; "I don\'t want to"; cannot push him off; intercourse.'), ('41:00', 'Leaves by taxi about 02:30; tells Elin in the morning.'), ('58:30', 'Closure.')])
    k.add('ABE summary.pdf', 'ABE_SUMMARY')
    write_mg11(k.p('JENKINS LJ5.pdf'), c, dict(name='Lowri JENKINS', occ='DC 1877', date='13/07/2026', sig='L Jenkins'),
               ['On 13 July 2026 from 14:20 to 15:22 I interviewed Nia HOWELLS on video at Severnmouth Central VRI suite. I produce the recording as exhibit LJ/5.'])
    k.add('JENKINS LJ5.pdf', 'MG11', 'officer')
    write_mg11(k.p('ROBERTS Elin.pdf'), c, dict(name='Elin ROBERTS', occ='Nurse', date='14/07/2026', sig='E. Roberts'),
               ['I share a flat with Nia HOWELLS. On Sunday 12 July 2026 at about 9 am I found Nia on the sofa, still in her clothes from the night before, crying.',
                'She told me she had been on a date with Kieran, had gone back to his, and that he "had sex with me when I said I didn\'t want to". She said she felt drugged and could not move properly. I told her to call the police and she did.'])
    k.add('ROBERTS Elin.pdf', 'MG11', 'first_account')
    write_mg11(k.p('PC 3390 LEWIS.pdf'), c, dict(name='Bethan LEWIS', occ='PC 3390', date='12/07/2026', sig='(Sgd) B Lewis'),
               ['On 12 July 2026 at 10:51 I attended Tide Street, Severnmouth, following a 999 call from Nia HOWELLS. At 11:05 she told me "I was raped last night by a man I met on Spark. I think he put something in my drink." I recorded this in PNB 7781 and arranged the SARC.'], style='typed')
    k.add('PC 3390 LEWIS.pdf', 'MG11', 'officer')
    doc_generic(k.p('SFR1 TR1.pdf'), c, [('title', 'SFR1'), ('kv', [('Lab', 'Calderbrook Forensics CF/26/5120'), ('URN', c['urn']), ('Date', '02/09/2026')], (25, 75)), ('p', 'TR/1: semen present; DNA matches Kieran John MORGAN.')])
    k.add('SFR1 TR1.pdf', 'FORENSIC')
    doc_generic(k.p('SARC report TUDOR.pdf'), c, [('title', 'SARC - forensic medical report'), ('kv', [('Patient', 'Nia HOWELLS'), ('Examiner', 'Dr Rhiannon TUDOR'), ('Date', '12/07/2026'), ('Consent', 'Written consent to examination and to release of records to police and CPS')], (25, 75)),
                                                  ('p', 'No injuries. Samples TR/1 HVS, TR/2 LVS, TR/3 blood, TR/4 urine (taken 13:40, about 11 hours after the drink).')])
    k.add('SARC report TUDOR.pdf', 'MEDICAL')
    doc_roti(k.p('ROTI MORGAN 140726.pdf'), c, [('Interviewee', 'Kieran John MORGAN'), ('Date', '14/07/2026 11:00-11:39'), ('Officers', 'DC 2561 PRICHARD, DC 1877 JENKINS'), ('Solicitor', 'Mr G. ELLIS'), ('URN', c['urn'])],
             [('00:00', 'DC PRICHARD', 'Caution.'), ('02:00', 'MORGAN', 'We had sex, she wanted to. She was fine, she wasn\'t drunk.'), ('10:30', 'DC JENKINS', 'Did you put anything in her drink?'), ('10:35', 'MORGAN', 'No. Just wine.'), ('38:00', 'DC PRICHARD', 'End.')])
    k.add('ROTI MORGAN 140726.pdf', 'ROTI')
    doc_pnc_suspect(k.p('PNC MORGAN.pdf'), c, dict(name='MORGAN, Kieran John', dob='30/09/1998', pnc='17/0550021M', printed='14/07/2026', convictions=[('05/05/2018', 'Severnmouth Magistrates', 'Possession of cocaine', 'Fine £150')]))
    k.add('PNC MORGAN.pdf', 'PNC')
    write_scan_pdf(k.p('scan_0007.pdf'), pnc_witness_blocks(c, [('Nia HOWELLS', 'Complainant', 'No trace'), ('Elin ROBERTS', 'First account', 'No trace'), ('Gwyn ASHTON (Flat 4)', 'Potential witness (declined statement)', 'No trace')], 'DC 2561 PRICHARD', '15/07/2026'), seed=67)
    k.add('scan_0007.pdf', 'PNC')
    doc_dpn(k.p('DPN HOWELLS.pdf'), c, [('Device user', 'Nia HOWELLS'), ('Line of enquiry', 'Suspect says their messages show she wanted sex; the Spark chat is the only record of their contact.'),
                                         ('Data', 'Spark app chat with user "kieran_m98" only'), ('Date range', '01/07/2026 - 12/07/2026'), ('Method', 'Selective extraction')],
            ['Signed N Howells 13/07/2026 16:05. Officer DC 2561 PRICHARD.'])
    k.add('DPN HOWELLS.pdf', 'DPN')
    mg6c = [
        ('1', 'LODESTAR crime report SV/26/120417. Copy with file.', 'SV/26/120417', ''),
        ('2', 'Incident log SV-20260712-0451 (999 by complainant). Copy with file.', 'SV-0451', ''),
        ('3', 'PC 3390 LEWIS PNB 7781 p.22: first account to police.', 'PNB 7781', ''),
        ('4', 'DC PRICHARD note of conversation with Gwyn ASHTON, Flat 4, 15/07/2026: heard a woman say "no, please" about 01:00.', 'PNB 9012', ''),
        ('5', 'Two screenshots provided by complainant of her messages to friends on 11/07/2026, looking forward to the date.', 'NH-SS', ''),
        ('6', 'Search record 40 Quay Street flat 3, 14/07/2026 - nothing found.', 'S18-0714', ''),
        ('7', 'ABE interview plan for Nia HOWELLS, 13/07/2026.', 'PLAN-LJ5', ''),
        ('8', 'Custody record MORGAN 14/07/2026.', 'CUST-SV-5120', ''),
        ('9', 'Misc paperwork', '', ''),
        ('10', 'Brennan Cabs booking confirmation 44172, pick-up Quay Street 02:31 12/07/2026.', 'BC-44172', '')]
    doc_mg6c(k.p('MG6C HOWELLS.pdf'), c, mg6c, signed='T Prichard DC 2561 21/09/2026')
    k.add('MG6C HOWELLS.pdf', 'MG6C')
    doc_mg6d(k.p('MG6D HOWELLS.pdf'), c, [('1', 'SARC consent form 12/07/2026', 'Medical', ''), ('2', 'ISVA referral to Severnmouth Rape Crisis 12/07/2026', 'Confidential support', '')], signed='T Prichard DC 2561 21/09/2026')
    k.add('MG6D HOWELLS.pdf', 'MG6D')
    doc_mg12(k.p('MG12 HOWELLS.pdf'), c, [('LJ/5', 'ABE recording Nia HOWELLS (HOWELLS ABE 130726.mp4)', 'DC JENKINS', 'With file'), ('TR/1', 'HVS', 'Dr TUDOR', 'Calderbrook'), ('TR/2', 'LVS', 'Dr TUDOR', 'Calderbrook'),
                                          ('TR/3', 'Blood (toxicology)', 'Dr TUDOR', 'Calderbrook - outstanding'), ('TR/4', 'Urine (toxicology)', 'Dr TUDOR', 'Calderbrook - outstanding'), ('TP/6', 'MORGAN\'s phone', 'DC PRICHARD', 'DFU - outstanding')], signed='DC 2561 PRICHARD')
    k.add('MG12 HOWELLS.pdf', 'MG12')
    doc_crime_report(k.p('crime SV26120417.pdf'), c, dict(crime_no='SV/26/120417', offence='Rape of a female 16 or over', reported='12/07/2026 10:32 (999)', occurred='12/07/2026 00:30-02:30',
                                                          location='Flat 3, 40 Quay Street, Severnmouth', victim='HOWELLS, Nia (29)', pc='Female; White Welsh; no disability', suspect='MORGAN, Kieran John (27)',
                                                          summary='Second date via dating app; victim possibly drugged; intercourse without consent.', updates=[('14/07/2026 07:10', 'DC 2561', 'Suspect arrested'), ('22/09/2026 15:00', 'DS 2290', 'Reviewed')]))
    k.add('crime SV26120417.pdf', 'CRIME_REPORT')
    doc_incident_log(k.p('SV-0451 incident.pdf'), c, dict(no='SV-20260712-0451', opened='12/07/2026 10:32', source='999 - Nia HOWELLS', location='Tide Street, Severnmouth', grade='Grade 1', closing='Crime SV/26/120417',
                                                         entries=[('10:32', 'CH08', 'Female reports she was raped overnight by a man from a dating app; thinks her drink was spiked.'), ('10:35', 'DSP3', 'PC 3390 LEWIS assigned'), ('10:51', 'PC3390', 'On scene')]))
    k.add('SV-0451 incident.pdf', 'INCIDENT_LOG')
    mnf = [t for t in ALL_CLEAN if t not in ('outstanding_dated', 'schedule_descriptions', 'files_readable')] + ['early_advice', 'oic_contact', 'abe_plan']
    k.finish(out, 'charging', 1, ['outstanding_dated', 'schedule_descriptions'], mnf)


# ============================================================================= C07 (faulty): blanket DPN + first account by relationship only, no statement
def case07(out):
    k = Case(out, 'BR_26_6093', BRACK, urn='58BR0609326',
             oic_name='DC 1290 Marcus HALE',
             oic_line='DC 1290 Marcus HALE, Brackenshire RASSO (Wrathby), 01632 960640, marcus.hale@brackenshire.police.example',
             oic_short='DC 1290 HALE', suspect_formal='R v Ryan Lee FENWICK', do_line='DC 1290 M. HALE')
    c = k.c
    rows = [
        ('URN', c['urn']), ('OIC contact', c['oic_line']), ('Suspect', 'FENWICK, Ryan Lee (25), DOB 12/12/2000'),
        ('Victim', 'ASHWORTH, Chloe (23)'), ('Offence', 'Rape (SOA 2003 s.1), 27/06/2026 about 23:30, in suspect\'s car (grey VW Golf) parked on Ferris Lane, Wrathby'),
        ('Charging test', 'Full Code Test'),
        ('Early advice', 'Sought 15/07/2026 (CPS lawyer Mr D. OKAFOR): advised to obtain the car forensics and the mother\'s statement. Done.'),
        ('Case summary', 'Chloe knew FENWICK from the gym. He offered her a lift home after a gym social night. He drove to Ferris Lane instead, reclined her seat, and had vaginal intercourse with her while she said no and tried to open the door, which he had locked. He then drove her home. She first told her cousin on the phone that night, and her mother Lorraine ASHWORTH the next morning (statement enclosed). Reported 28/06/2026 by Chloe via 101; PC 2208 NAYLOR attended (statement enclosed). ABE 30/06/2026 (DC HALE, MH/1).'),
        ('Suspect account', 'Interviewed 02/07/2026: admits intercourse in the car, says Chloe consented and that they had been "seeing each other" for weeks. Defence: consent; prior relationship.'),
        ('Lines of enquiry', 'Car seized and examined (semen on passenger seat, DNA of both); the gym sign-out sheet shows them leaving together at 23:05 (MG6C item 4); the suspect\'s phone examined for messages supporting a relationship - none beyond gym arrangements; Chloe\'s phone to be downloaded (see below) to test the suspect\'s claim of a relationship. Pointing away: the gym staff were asked whether the two were seen as a couple (no, MG6C).'),
        ('Digital - complainant', 'Chloe\'s phone was seized on 30/06/2026 under a DPN (enclosed) for a full download of all data on the handset so that everything can be reviewed. Extraction target date 30/11/2026.'),
        ('Outstanding', 'Full download of complainant\'s phone - target 30/11/2026. No other outstanding work.'),
        ('Forensic/medical', 'SARC 28/06/2026 (Dr Ruth ABARA): bruising to left wrist. Swabs: DNA of FENWICK (SFR1 enclosed). Car seat: semen, DNA FENWICK and Chloe. Consent to release SARC records signed 28/06/2026.'),
        ('Third-party material', 'None requested.'),
        ('Victim', std_victim_block('Chloe', 'she works shifts, so court dates need notice.') + ' ISVA: Brackenshire Rape Crisis, referred 28/06/2026. VPS offered 10/07/2026: she will make one after the decision.'),
        ('Disclosure', 'MG6C, MG6D enclosed. Crime report, incident log, first account records and witness PNCs with file.'),
        ('Bail', 'Bail to 02/10/2026, extended to 02/01/2027 by Supt 0011 PEARCE: no contact with Chloe ASHWORTH; not to attend Pulse Gym, Wrathby.'),
        ('Supervisor', 'DS 0451 Imran QURESHI endorsed 16/09/2026.'),
    ]
    doc_mg3_xlsx(k.p('MG3 FENWICK.xlsx'), c, rows, [('A', 'Full download of complainant handset', 'DFU Wrathby', '30/11/2026')], layout='two')
    k.add('MG3 FENWICK.xlsx', 'MG3')
    make_video(k.p('MH1 ASHWORTH VRI.mp4'), ['VRI C. ASHWORTH', 'MH/1'], seconds=3, stamp='WRATHBY VRI  30/06/2026 10:00:{s}', seed=71)
    k.add('MH1 ASHWORTH VRI.mp4', 'ABE_RECORDING')
    doc_abe_summary(k.p('MH1 summary.pdf'), c, [('Witness', 'Chloe ASHWORTH'), ('Date', '30/06/2026 10:00-11:05'), ('Interviewer', 'DC 1290 HALE'), ('Exhibit', 'MH/1')],
                    [('00:00', 'Introductions.'), ('07:30', 'Gym social; lift offered.'), ('15:00', 'Ferris Lane; doors locked; seat reclined; she says no; intercourse.'),
                     ('30:10', 'Driven home; rings her cousin; tells mum next morning.'), ('44:00', 'Relationship: denies any; gym friends only.'), ('63:00', 'Closure.')])
    k.add('MH1 summary.pdf', 'ABE_SUMMARY')
    write_mg11(k.p('HALE MH1.pdf'), c, dict(name='Marcus HALE', occ='DC 1290', date='30/06/2026', sig='M Hale'),
               ['On 30 June 2026 from 10:00 to 11:05 I conducted a video recorded interview with Chloe ASHWORTH at Wrathby VRI suite and produce the recording as MH/1.', 'On the same day Chloe signed a DPN and I seized her phone, exhibit MH/2.'])
    k.add('HALE MH1.pdf', 'MG11', 'officer')
    write_mg11(k.p('L ASHWORTH.pdf'), c, dict(name='Lorraine ASHWORTH', occ='Teaching assistant', date='01/07/2026', sig='L. Ashworth'),
               ['I am Chloe\'s mother. On Sunday 28 June 2026 at about 8 am Chloe came into my room and got into bed with me, crying. She told me Ryan from the gym had driven her to a lane, locked the car and had sex with her when she told him no. She showed me a bruise on her wrist. I told her to report it.'])
    k.add('L ASHWORTH.pdf', 'MG11', 'first_account')
    write_mg11(k.p('NAYLOR 2208.pdf'), c, dict(name='Joe NAYLOR', occ='PC 2208', date='28/06/2026', sig='[signed]'),
               ['On 28 June 2026 at 10:10 I attended Chloe ASHWORTH\'s home after her 101 call. She told me "Ryan raped me in his car last night". I recorded her account in PNB 88014 and took her to the SARC.'], style='typed')
    k.add('NAYLOR 2208.pdf', 'MG11', 'officer')
    doc_dpn(k.p('DPN.pdf'), c, [('Device user', 'Chloe ASHWORTH'), ('Device', 'Samsung handset'), ('Extraction type', 'Full file system extraction'),
                                 ('Data to be extracted', 'All data on the device'), ('Date range', 'Not limited (entire device)'),
                                 ('Reason', 'To obtain any evidence relevant to the investigation.')],
            ['Signed C Ashworth 30/06/2026. Officer DC 1290 HALE.'])
    k.add('DPN.pdf', 'DPN')
    doc_generic(k.p('SFR1 car.pdf'), c, [('title', 'SFR1'), ('kv', [('Lab', 'Calderbrook CF/26/4410'), ('URN', c['urn']), ('Date', '25/08/2026')], (25, 75)),
                                         ('p', 'RA/1 (HVS): DNA matches Ryan Lee FENWICK. Car passenger seat cutting SR/3: semen, mixture of FENWICK and Chloe ASHWORTH.')])
    k.add('SFR1 car.pdf', 'FORENSIC')
    doc_generic(k.p('FME note ABARA.pdf'), c, [('title', 'Forensic medical examination - summary'), ('kv', [('Patient', 'Chloe ASHWORTH'), ('Examiner', 'Dr Ruth ABARA'), ('Date', '28/06/2026'), ('Consent', 'Signed consent to release of SARC records and report to police/CPS')], (25, 75)),
                                               ('p', 'Three 1 cm bruises on the left wrist, recent, consistent with gripping. No genital injury.')])
    k.add('FME note ABARA.pdf', 'MEDICAL')
    doc_roti(k.p('ROTI FENWICK.pdf'), c, [('Interviewee', 'Ryan Lee FENWICK'), ('Date', '02/07/2026'), ('Officers', 'DC 1290 HALE, DC 2044 PENROSE'), ('Solicitor', 'Ms P. NWOSU'), ('URN', c['urn'])],
             [('00:00', 'DC HALE', 'Caution.'), ('02:15', 'FENWICK', 'We\'ve been seeing each other for weeks. She wanted to. I didn\'t lock anything.'), ('21:00', 'DC HALE', 'End.')])
    k.add('ROTI FENWICK.pdf', 'ROTI')
    doc_pnc_suspect(k.p('PNC FENWICK.pdf'), c, dict(name='FENWICK, Ryan Lee', dob='12/12/2000', pnc='19/0177432P', printed='02/07/2026', convictions=[]))
    k.add('PNC FENWICK.pdf', 'PNC')
    doc_generic(k.p('wit checks.pdf'), c, pnc_witness_blocks(c, [('Chloe ASHWORTH', 'Complainant', 'No trace'), ('Lorraine ASHWORTH', 'First account', 'No trace')], 'DC 1290 HALE', '03/07/2026'))
    k.add('wit checks.pdf', 'PNC')
    doc_mg6c(k.p('MG6C.pdf'), c, [
        ('1', 'Crime report BR/26/6093. Copy with file.', 'BR/26/6093', ''), ('2', 'Incident log BR-280626-0199 (101). Copy with file.', 'INC 0199', ''),
        ('3', 'PC NAYLOR PNB 88014 p.40: first account to police.', 'PNB 88014', ''), ('4', 'Pulse Gym visitor sign-out sheet 27/06/2026: both signed out at 23:05.', 'PG-SIGNOUT', ''),
        ('5', 'DC HALE note of enquiries with gym staff (two): not seen as a couple.', 'PNB 88120', ''), ('6', 'Suspect phone extraction: gym arrangements only.', 'DF-26-510', ''),
        ('7', 'ABE interview plan 30/06/2026.', 'PLAN-MH', '')], signed='M Hale 1290 15/09/2026')
    k.add('MG6C.pdf', 'MG6C')
    doc_mg6d(k.p('MG6D.pdf'), c, [('1', 'SARC consent form 28/06/2026', 'Medical', ''), ('2', 'ISVA referral 28/06/2026', 'Confidential support', '')], signed='M Hale 1290 15/09/2026')
    k.add('MG6D.pdf', 'MG6D')
    doc_mg12(k.p('MG12.pdf'), c, [('MH/1', 'ABE recording Chloe ASHWORTH', 'DC HALE', 'With file'), ('MH/2', 'Complainant\'s phone', 'DC HALE', 'DFU'), ('RA/1', 'HVS', 'Dr ABARA', 'Calderbrook'),
                                  ('SR/3', 'Passenger seat cutting, VW Golf', 'CSI 551 REID', 'Calderbrook')], signed='DC 1290 HALE')
    k.add('MG12.pdf', 'MG12')
    doc_crime_report(k.p('CR BR-26-6093.pdf'), c, dict(crime_no='BR/26/6093', offence='Rape of a female 16 or over', reported='28/06/2026 09:44 (101)', occurred='27/06/2026 23:15-23:45',
                                                       location='Ferris Lane, Wrathby (in vehicle)', victim='ASHWORTH, Chloe (23)', pc='Female; Mixed White/Black Caribbean; none', suspect='FENWICK, Ryan Lee (25)',
                                                       summary='Lift home from gym social; driven to a lane; raped in the car.', updates=[('28/06/2026 10:10', 'PC 2208', 'First account'), ('16/09/2026 14:00', 'DS 0451', 'Endorsed')]))
    k.add('CR BR-26-6093.pdf', 'CRIME_REPORT')
    doc_incident_log(k.p('INC 0199.pdf'), c, dict(no='BR-280626-0199', opened='28/06/2026 09:44', source='101 - Chloe ASHWORTH', location='Wrathby', grade='Priority', closing='Crime BR/26/6093',
                                                 entries=[('09:44', 'CC21', 'Female reports man she knows from gym raped her in his car last night.'), ('09:52', 'DSP1', 'PC 2208 NAYLOR assigned'), ('10:10', 'PC2208', 'On scene')]))
    k.add('INC 0199.pdf', 'INCIDENT_LOG')
    mnf = [t for t in ALL_CLEAN if t not in ('dig_prop', 'key_statements')] + ['early_advice', 'oic_contact', 'abe_plan']
    k.finish(out, 'charging', 1, ['dig_prop', 'key_statements'], mnf)


# ============================================================================= C08 (faulty): counselling request with no reason, no notice
def case08(out):
    k = Case(out, 'Op_SANDPIPER', BRACK, urn='58WT0712226',
             oic_name='DC 0815 Priya NAIR',
             oic_line='DC 0815 Priya NAIR, RASSO (Westmere), 01632 960902, priya.nair@brackenshire.police.example',
             oic_short='DC 0815 NAIR', suspect_formal='R v Neil Anthony HARGREAVES', do_line='DC 0815 P. NAIR', urn_boxes=True)
    c = k.c
    S = [
        ('Case details', f"URN {c['urn']} - Operation SANDPIPER. Suspect HARGREAVES, Neil Anthony (45), DOB 03/04/1981. Complainant Rachel DUNMORE (38). Offence: rape, SOA 2003 s.1, 03/05/2026 about 20:00, at her flat, 2A Ropewalk, Westmere. OIC {c['oic_line']}."),
        ('Decision sought', 'Full code test.'),
        ('Early advice', 'Not sought because the suspect was interviewed within two days and the file was complete by August; recorded by DS 0719 COLE on 05/08/2026.'),
        ('Summary', 'HARGREAVES is Rachel\'s former landlord. He came to the flat on 03/05/2026 saying he needed to check the boiler. Rachel says he pushed her onto the bed and raped her vaginally while she screamed and struggled. That night she told her friend Gemma WATTS at Gemma\'s house (statement enclosed). Reported by 999 on 04/05/2026 at 08:02; PC 1617 SHAH attended (statement enclosed). ABE 05/05/2026 (DC NAIR, PN/1).'),
        ('Suspect account', 'Interviewed 05/05/2026: says he had been in a casual sexual relationship with Rachel for months and that sex on 03/05/2026 was consensual. Defence: consent; prior relationship.'),
        ('Lines of enquiry', ['Suspect\'s phone examined: two text messages to Rachel in April 2026 about rent only. Neighbours: the flat below (Mr Alan PRIDDY) heard a woman shouting "get off" about 20:00 - statement enclosed. Letting agency records: HARGREAVES had no booked visit on 03/05/2026.', 'Pointing away: the claimed relationship - no messages, no witnesses to any relationship; Rachel\'s rent arrears dispute (she owed £400 in March 2026, paid in April) could be suggested as a motive and is disclosed on the MG6C.', 'Counselling: Rachel has attended Westmere Counselling Service since 2024. A request was sent to the service on 10/08/2026 for her records (copy enclosed). Records awaited.']),
        ('Outstanding', 'Counselling records from Westmere Counselling Service: target date 30/10/2026.'),
        ('Forensic / medical', 'SARC 04/05/2026 (Dr Simon KEMBLE): bruising to both thighs; swabs: DNA of HARGREAVES (SFR1 enclosed). Rachel consented in writing on 04/05/2026 to the release of SARC records and the FME report to police and CPS.'),
        ('Digital', 'Rachel did not want her phone examined and it has not been: the suspect\'s two texts were obtained from his own phone and no line of enquiry needs hers.'),
        ('Victim', [std_victim_block('Rachel', 'anxiety - she would like a pre-trial visit.'), 'ISVA: referred 04/05/2026 to Westmere ISVA service. VPS: made 20/05/2026 - enclosed.']),
        ('Disclosure', 'MG6C, MG6D enclosed; crime report, incident log, witness PNC checks and first account material with the file.'),
        ('Bail', 'On bail to 05/11/2026: no contact with Rachel DUNMORE; not to enter 2A Ropewalk (tenancy managed by agent in the meantime).'),
        ('Supervisor', 'DS 0719 Anna COLE, endorsed 18/09/2026.'),
    ]
    doc_mg3_boxed(k.p('MG3.pdf'), c, S)
    k.add('MG3.pdf', 'MG3')
    make_video(k.p('PN1_DUNMORE.mp4'), ['ABE R. DUNMORE', 'PN/1'], seconds=3, stamp='WESTMERE VRI  05/05/2026 09:40:{s}', seed=81)
    k.add('PN1_DUNMORE.mp4', 'ABE_RECORDING')
    doc_abe_summary(k.p('Index PN1.docx'), c, [('Witness', 'Rachel DUNMORE'), ('Date', '05/05/2026 09:40-10:52'), ('Interviewer', 'DC 0815 NAIR'), ('Exhibit', 'PN/1')],
                    [('00:00', 'Introductions.'), ('06:10', 'HARGREAVES arrives to "check the boiler".'), ('15:30', 'Pushed onto the bed; rape; she screams "get off".'),
                     ('29:00', 'He leaves; she goes to Gemma\'s.'), ('45:00', 'Denies any relationship with him; rent arrears explained.'), ('70:00', 'Closure.')], fmt='docx')
    k.add('Index PN1.docx', 'ABE_SUMMARY')
    write_mg11(k.p('NAIR PN1.pdf'), c, dict(name='Priya NAIR', occ='DC 0815', date='05/05/2026', sig='P Nair'),
               ['On 5 May 2026 I interviewed Rachel DUNMORE on video at Westmere VRI suite from 09:40 to 10:52 and produce the recording as PN/1.'])
    k.add('NAIR PN1.pdf', 'MG11', 'officer')
    write_mg11(k.p('WATTS G.pdf'), c, dict(name='Gemma WATTS', occ='Hairdresser', date='06/05/2026', sig='G Watts'),
               ['Rachel DUNMORE is my close friend. On Sunday 3 May 2026 at about 21:30 she came to my house. She was shaking. She said her landlord Neil had come round about the boiler and had raped her on her bed. She stayed with me that night.'])
    k.add('WATTS G.pdf', 'MG11', 'first_account')
    write_mg11(k.p('SHAH 1617.pdf'), c, dict(name='Imran SHAH', occ='PC 1617', date='04/05/2026', sig='(Sgd) I. Shah'),
               ['On 4 May 2026 at 08:20 I attended an address in Westmere after a 999 call by Rachel DUNMORE. She told me "my landlord raped me last night at my flat". I recorded her account in PNB 3361 and arranged the SARC.'], style='typed')
    k.add('SHAH 1617.pdf', 'MG11', 'officer')
    write_mg11(k.p('PRIDDY.pdf'), c, dict(name='Alan PRIDDY', occ='Retired', date='08/05/2026', sig='A. Priddy'),
               ['I live in the flat below 2A Ropewalk. On Sunday 3 May 2026 at about 8 pm I heard a woman upstairs shouting "get off" two or three times and banging. It went quiet after a few minutes.'])
    k.add('PRIDDY.pdf', 'MG11', 'witness')
    doc_generic(k.p('letter_westmere_counselling.pdf'), c, [
        ('p', 'Brackenshire Police - RASSO Westmere'), ('p', 'Date: 10/08/2026      Our ref: ' + c['urn']),
        ('p', 'To: The Records Manager, Westmere Counselling Service, 14 Harbour Parade, Westmere'),
        ('p', 'Dear Sir/Madam,'), ('p', 'Re: Rachel DUNMORE'),
        ('p', 'Please supply copies of all counselling notes and records held in respect of the above named person.'),
        ('p', 'Please forward them to the officer below at your earliest convenience.'),
        ('p', 'Yours faithfully, DC 0815 P. NAIR')], head='Brackenshire Police')
    k.add('letter_westmere_counselling.pdf', ['THIRD_PARTY', 'CORRESPONDENCE'])
    doc_generic(k.p('SFR1.pdf'), c, [('title', 'SFR1'), ('kv', [('Lab', 'Calderbrook CF/26/3001'), ('URN', c['urn']), ('Date', '11/07/2026')], (25, 75)), ('p', 'SK/1 HVS: semen; DNA matches Neil Anthony HARGREAVES.')])
    k.add('SFR1.pdf', 'FORENSIC')
    doc_generic(k.p('FME KEMBLE.pdf'), c, [('title', 'Forensic medical report'), ('kv', [('Patient', 'Rachel DUNMORE'), ('Examiner', 'Dr Simon KEMBLE'), ('Date', '04/05/2026'), ('Consent', 'Written consent to examination and to release of records/report to police and CPS')], (25, 75)),
                                           ('p', 'Bruising to both inner thighs, recent. Samples SK/1 HVS, SK/2 LVS.')])
    k.add('FME KEMBLE.pdf', 'MEDICAL')
    doc_roti(k.p('ROTI HARGREAVES.pdf'), c, [('Interviewee', 'Neil Anthony HARGREAVES'), ('Date', '05/05/2026 15:00-15:44'), ('Officers', 'DC 0815 NAIR, DC 0330 BELL'), ('Solicitor', 'Mr R. FOX'), ('URN', c['urn'])],
             [('00:00', 'DC NAIR', 'Caution.'), ('02:00', 'HARGREAVES', 'We\'ve been sleeping together on and off since Christmas. It was consensual.'), ('18:00', 'DC BELL', 'Why was there no booking for the boiler visit?'),
              ('18:10', 'HARGREAVES', 'I didn\'t need one, I went to see her.'), ('43:00', 'DC NAIR', 'End.')])
    k.add('ROTI HARGREAVES.pdf', 'ROTI')
    doc_pnc_suspect(k.p('PNC HARGREAVES.pdf'), c, dict(name='HARGREAVES, Neil Anthony', dob='03/04/1981', pnc='99/0034420T', printed='05/05/2026', convictions=[('14/01/2002', 'Westmere Magistrates', 'Affray', 'Community order')]))
    k.add('PNC HARGREAVES.pdf', 'PNC')
    doc_generic(k.p('PNC witnesses.pdf'), c, pnc_witness_blocks(c, [('Rachel DUNMORE', 'Complainant', 'No trace'), ('Gemma WATTS', 'First account', 'No trace'), ('Alan PRIDDY', 'Witness', 'No trace')], 'DC 0815 NAIR', '07/05/2026'))
    k.add('PNC witnesses.pdf', 'PNC')
    doc_mg6c(k.p('MG6C SANDPIPER.pdf'), c, [
        ('1', 'PELICAN crime record WT/26/7122. Copy with file.', 'WT/26/7122', ''), ('2', 'Incident log WT-040526-0088 (999). Copy with file.', 'INC 0088', ''),
        ('3', 'PC SHAH PNB 3361 p.5: first account to police.', 'PNB 3361', ''), ('4', 'Letting agency (Ropewalk Lettings) visit diary May 2026: no visit booked for 03/05/2026.', 'RL-DIARY', ''),
        ('5', 'Rent account for 2A Ropewalk Jan-May 2026 showing £400 arrears in March, cleared 14/04/2026.', 'RL-RENT', ''),
        ('6', 'Suspect\'s phone extraction: two texts about rent, April 2026.', 'DF-26-330', ''), ('7', 'ABE interview plan 05/05/2026.', 'PLAN-PN', '')], signed='P. Nair DC 0815 - 17/09/2026')
    k.add('MG6C SANDPIPER.pdf', 'MG6C')
    doc_mg6d(k.p('MG6D SANDPIPER.pdf'), c, [('1', 'SARC consent form 04/05/2026', 'Medical', ''), ('2', 'ISVA referral 04/05/2026', 'Confidential support', '')], signed='P. Nair DC 0815 - 17/09/2026')
    k.add('MG6D SANDPIPER.pdf', 'MG6D')
    doc_mg12(k.p('MG12 SANDPIPER.pdf'), c, [('PN/1', 'ABE recording of Rachel DUNMORE (PN1_DUNMORE.mp4)', 'DC NAIR', 'With file'), ('SK/1', 'HVS', 'Dr KEMBLE', 'Calderbrook'), ('SK/2', 'LVS', 'Dr KEMBLE', 'Calderbrook')], signed='DC 0815 NAIR')
    k.add('MG12 SANDPIPER.pdf', 'MG12')
    doc_generic(k.p('VPS DUNMORE.pdf'), c, [('title', 'Victim Personal Statement'), ('kv', [('URN', c['urn']), ('Name', 'Rachel DUNMORE'), ('Date', '20/05/2026')], (25, 75)), ('p', DECL.format(n=1)),
                                            ('p', 'I have not slept in my flat since. I am looking for somewhere new but he knows all my details.'), ('p', 'Signed: R Dunmore')])
    k.add('VPS DUNMORE.pdf', 'VPS')
    doc_crime_report(k.p('WT-26-7122.pdf'), c, dict(crime_no='WT/26/7122', offence='Rape of a female 16 or over', reported='04/05/2026 08:02 (999)', occurred='03/05/2026 19:45-20:15',
                                                    location='2A Ropewalk, Westmere', victim='DUNMORE, Rachel (38)', pc='Female; White British; anxiety', suspect='HARGREAVES, Neil Anthony (45)',
                                                    summary='Landlord attended on a pretext and raped the tenant.', updates=[('04/05/2026 08:20', 'PC 1617', 'First account'), ('10/08/2026 11:00', 'DC 0815', 'Counselling records requested'), ('18/09/2026 16:00', 'DS 0719', 'Endorsed')]))
    k.add('WT-26-7122.pdf', 'CRIME_REPORT')
    doc_incident_log(k.p('INC 0088.pdf'), c, dict(no='WT-040526-0088', opened='04/05/2026 08:02', source='999 - Rachel DUNMORE', location='Westmere', grade='Grade 1', closing='Crime WT/26/7122',
                                                 entries=[('08:02', 'CC03', 'Female states her landlord raped her last night at her flat. She is at a friend\'s address.'), ('08:05', 'DSP2', 'PC 1617 SHAH assigned'), ('08:20', 'PC1617', 'On scene')]))
    k.add('INC 0088.pdf', 'INCIDENT_LOG')
    mnf = [t for t in ALL_CLEAN if t not in ('third_party_request', 'third_party_notice')] + ['early_advice', 'oic_contact', 'abe_plan']
    k.finish(out, 'charging', 1, ['third_party_request', 'third_party_notice'], mnf)


# ============================================================================= main
def main():
    if len(sys.argv) != 2:
        print('usage: make_batch.py OUTDIR', file=sys.stderr)
        return 2
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    for fn in (case01, case02, case03, case04, case05, case06, case07, case08):
        fn(out)
    return 0


if __name__ == '__main__':
    sys.exit(main())
