"""Write real files of each format the demo cases use: PDF, DOCX, XLSX, video, audio, e-mail.

Every file is made here from text, never copied from anywhere, so tests need no stored binaries.
"""

from __future__ import annotations

import datetime as dt
import email.message
import io
import math
import re
import wave
import zipfile
from fractions import Fraction
from pathlib import Path
from typing import Any, Literal

FONT = "Helvetica"
# suffix -> (video codec, audio codec, container format or None to go by the suffix)
VIDEO_FORMATS: dict[str, tuple[str, str, str | None]] = {
    ".mp4": ("mpeg4", "aac", None),
    ".mov": ("mpeg4", "aac", None),
    ".mkv": ("mpeg4", "aac", None),
    ".avi": ("mpeg4", "mp2", None),
    ".wmv": ("wmv2", "wmav2", "asf"),
}
AUDIO_FORMATS: dict[str, tuple[str, str | None]] = {
    ".mp3": ("libmp3lame", None),
    ".m4a": ("aac", "ipod"),
}


# Every demo file is made as at one moment, so a case made twice is the same bytes: a trainer's
# case, checked again, is the same submission, and a test's folder hashes the same each run.
MADE_AT = dt.datetime(2026, 1, 1, 9, 0, tzinfo=dt.UTC)
_CORE_DATES = re.compile(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)")


def steady_pdf(pdf: Any) -> Any:
    """An fpdf2 document dated ``MADE_AT`` (its creation date and the file ID made from it)."""
    pdf.set_creation_date(MADE_AT)
    return pdf


def steady_zip(data: bytes) -> bytes:
    """An Office or OpenDocument zip with every entry dated ``MADE_AT`` and its document
    properties' created and modified dates set to it: the same content, the same bytes."""
    stamp = MADE_AT.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for item in source.infolist():
            content = source.read(item)
            if item.filename == "docProps/core.xml":
                content = _CORE_DATES.sub(rb"\g<1>" + stamp + rb"\g<2>", content)
            entry = zipfile.ZipInfo(item.filename, date_time=MADE_AT.timetuple()[:6])
            entry.compress_type = item.compress_type
            entry.external_attr = item.external_attr
            target.writestr(entry, content)
    return out.getvalue()


def _latin1(text: str) -> str:
    return text.encode("latin-1", "replace").decode("latin-1")


def write_pdf(
    path: Path, lines: list[str], title: str | None = None, password: str | None = None
) -> None:
    """A text PDF; a line starting with '# ' is a heading. Form feeds start a new page."""
    from fpdf import FPDF

    pdf = steady_pdf(FPDF(format="A4"))
    pdf.set_auto_page_break(auto=True, margin=15)
    if title:
        pdf.set_title(title)
    pdf.add_page()
    for line in lines:
        if line == "\f":
            pdf.add_page()
            continue
        if line.startswith("# "):
            pdf.set_font(FONT, style="B", size=13)
            pdf.multi_cell(0, 7, _latin1(line[2:]), new_x="LMARGIN", new_y="NEXT")
            continue
        pdf.set_font(FONT, size=10)
        pdf.multi_cell(0, 5, _latin1(line) or " ", new_x="LMARGIN", new_y="NEXT")
    if password:
        from fpdf.enums import EncryptionMethod

        pdf.set_encryption(
            owner_password=password + "-owner",
            user_password=password,
            encryption_method=EncryptionMethod.AES_128,
        )
    path.write_bytes(bytes(pdf.output()))


ScanEncoding = Literal["jpeg", "ccitt", "cmyk", "lzw", "flate"]
SCAN_DPI = 200
DEFAULT_SCAN_LINES = [
    "# LETTER",
    "Eastbridge Police, Public Protection Unit",
    "Dear Sir or Madam,",
    "I write about the matter we discussed on the telephone. The papers you asked for are enclosed.",
    "Please call me if anything further is needed.",
    "Yours faithfully,",
    "Signature: A. Example",
]


def write_scanned_pdf(
    path: Path,
    lines: list[str] | None = None,
    pages: int = 2,
    *,
    encoding: ScanEncoding = "jpeg",
    poor: bool = False,
    seed: int = 0,
    dpi: int = SCAN_DPI,
) -> None:
    """An image-only PDF, as a scanner makes it: the typed lines on slightly skewed, noisy pages.

    ``lines`` as for ``write_pdf`` ('# ' heading, '\\f' new page); a line starting "Signature:"
    gets a handwritten scrawl. Without lines, a short letter on ``pages`` pages. ``encoding`` picks
    how the page images are stored, as real scanners differ: greyscale JPEG (the usual), 1-bit
    CCITT G4 (office scanners, fax), CMYK, LZW or Flate. ``poor`` makes a faint, blurred scan at
    low resolution, as from a worn photocopy. ``dpi``: the scanner's resolution.
    """
    from fpdf import FPDF

    images = render_scan_pages(_default_lines(lines, pages), dpi=dpi, seed=seed, poor=poor)
    pdf = steady_pdf(FPDF(format="A4"))
    filters = {"jpeg": "DCTDecode", "ccitt": "AUTO", "cmyk": "DCTDecode", "lzw": "LZWDecode"}
    pdf.set_image_filter(filters.get(encoding, "FlateDecode"))
    for image in images:
        if encoding == "ccitt":
            image = image.point(lambda v: 255 if v > 150 else 0).convert("1")
        elif encoding == "cmyk":
            image = image.convert("CMYK")
        pdf.add_page()
        pdf.image(image, x=0, y=0, w=210, h=297)
    path.write_bytes(bytes(pdf.output()))


def write_photo(path: Path, lines: list[str] | None = None, seed: int = 0) -> None:
    """A picture of a typed, signed document, in the format ``path``'s suffix names.

    .jpg: a phone photo (tilted, on a desk, uneven light, stored sideways with an EXIF rotation as
    phones do); .png: a greyscale scan of the first page; .tif/.tiff: a multi-page greyscale scan.
    """
    from PIL import Image

    pages = render_scan_pages(_default_lines(lines, 1), dpi=150, seed=seed)
    suffix = path.suffix.lower()
    if suffix in (".tif", ".tiff"):
        pages[0].save(
            path, format="TIFF", save_all=True, append_images=pages[1:], compression="tiff_lzw"
        )
    elif suffix == ".png":
        pages[0].save(path, format="PNG", optimize=True)
    else:
        photo = _as_phone_photo(pages[0], seed)
        exif = Image.Exif()
        exif[0x0112] = 6  # Orientation: the pixels are stored turned; a viewer turns them back
        photo.transpose(Image.Transpose.ROTATE_90).save(
            path, format="JPEG", quality=70, exif=exif.tobytes()
        )


def _default_lines(lines: list[str] | None, pages: int) -> list[str]:
    if lines is not None:
        return lines
    out: list[str] = []
    for page in range(max(1, pages)):
        out += (["\f"] if page else []) + DEFAULT_SCAN_LINES
    return out


def render_scan_pages(
    lines: list[str], dpi: int = SCAN_DPI, seed: int = 0, poor: bool = False
) -> list[Any]:
    """The A4 page images (PIL, greyscale) a scanner would make of the typed ``lines``."""
    import random

    from PIL import Image, ImageDraw, ImageFont

    rng = random.Random(seed)
    width, height = round(8.27 * dpi), round(11.69 * dpi)
    margin, bottom = round(0.6 * dpi), height - round(0.7 * dpi)
    sizes = {False: round(10 * dpi / 72), True: round(13 * dpi / 72)}  # 10 and 13 point, in pixels
    fonts = {bold: ImageFont.load_default(size=size) for bold, size in sizes.items()}
    pages = [Image.new("L", (width, height), 255)]
    draw = ImageDraw.Draw(pages[-1])
    y = margin
    for line in lines:
        if line == "\f":
            pages.append(Image.new("L", (width, height), 255))
            draw, y = ImageDraw.Draw(pages[-1]), margin
            continue
        bold = line.startswith("# ")
        font, step = fonts[bold], round(sizes[bold] * 1.45)
        for row in _wrap(line[2:] if bold else line, font, width - 2 * margin) or [""]:
            if y + step > bottom:
                pages.append(Image.new("L", (width, height), 255))
                draw, y = ImageDraw.Draw(pages[-1]), margin
            # A stroke thickens the one built-in face into a passable bold for headings.
            draw.text((margin, y), row, font=font, fill=25, stroke_width=int(bold), stroke_fill=25)
            if row.startswith("Signature:"):
                start = margin + font.getlength(row) + dpi // 5
                _scrawl(draw, start, y + step * 0.6, dpi, rng)
            y += step
    return [_age_scan(page, dpi, rng, poor) for page in pages]


def _wrap(text: str, font: Any, width: float) -> list[str]:
    rows: list[str] = []
    row = ""
    for word in text.split(" "):
        candidate = f"{row} {word}" if row else word
        if row and font.getlength(candidate) > width:
            rows.append(row)
            row = word
        else:
            row = candidate
    return [*rows, row] if row else rows


def _scrawl(draw: Any, x: float, y: float, dpi: int, rng: Any) -> None:
    """A handwritten-looking signature: a looping pen stroke with a slanting underline."""
    span = dpi * rng.uniform(1.1, 1.5)
    size = dpi * 0.09
    loops = rng.randint(4, 7)
    points = []
    for n in range(240):
        t = n / 239
        swing = math.sin(t * loops * 2 * math.pi)
        points.append(
            (
                x + t * span + size * 0.6 * math.cos(t * loops * 2 * math.pi + 0.8),
                y - size * swing * (1.2 - t * 0.6) - t * size * 0.8,
            )
        )
    draw.line(points, fill=45, width=max(2, dpi // 70), joint="curve")
    tail = [(x - size, y + size * 0.9), (x + span * 0.7, y + size * 0.5)]
    draw.line(tail, fill=45, width=max(2, dpi // 90))


def _age_scan(page: Any, dpi: int, rng: Any, poor: bool) -> Any:
    """Skew, blur and speckle a clean page as a flatbed scanner or photocopier does."""
    import numpy as np
    from PIL import Image, ImageFilter

    angle = rng.uniform(0.3, 0.9) * rng.choice((-1, 1))
    page = page.rotate(angle, resample=Image.Resampling.BILINEAR, fillcolor=255)
    if poor:
        # A worn copy: faint toner, lost detail, heavy grain.
        page = page.resize((page.width // 3, page.height // 3), Image.Resampling.BILINEAR)
        page = page.filter(ImageFilter.GaussianBlur(0.6)).point(lambda v: 80 + v * 175 // 255)
    else:
        page = page.filter(ImageFilter.GaussianBlur(0.5))
    pixels = np.asarray(page, dtype=np.int16)
    noise_rng = np.random.default_rng(rng.randrange(2**32))
    grain = noise_rng.normal(0, 12 if poor else 6, pixels.shape)
    specks = noise_rng.random(pixels.shape) < (0.002 if poor else 0.0003)
    noisy = np.where(specks, 60, pixels + grain)
    if not poor:
        noisy[noisy > 232] = 255  # the scanner's white point: clean paper, grain only near the ink
    return Image.fromarray(noisy.clip(0, 255).astype(np.uint8), mode="L")


def _as_phone_photo(page: Any, seed: int) -> Any:
    """The page as a phone photographs it: tilted on a desk, warm light falling off to one side."""
    import numpy as np
    from PIL import Image

    rng = np.random.default_rng(seed)
    paper = page.convert("RGB").rotate(
        float(rng.uniform(2.0, 4.0)), expand=True, fillcolor=(92, 70, 52)
    )
    border = paper.width // 14
    photo = Image.new("RGB", (paper.width + 2 * border, paper.height + 2 * border), (92, 70, 52))
    photo.paste(paper, (border, border))
    pixels = np.asarray(photo, dtype=np.float32)
    ramp = np.linspace(1.0, 0.72, photo.width, dtype=np.float32)[None, :, None]
    tint = np.array([1.0, 0.95, 0.86], dtype=np.float32)[None, None, :]
    lit = (pixels * ramp * tint + rng.normal(0, 4, pixels.shape)).clip(0, 255).astype(np.uint8)
    return Image.fromarray(lit, mode="RGB")


def write_docx(
    path: Path, lines: list[str], table: list[list[str]] | None = None, title: str | None = None
) -> None:
    import docx

    document = docx.Document()
    if title:
        document.core_properties.title = title
    for line in lines:
        if line == "\f":
            document.add_page_break()  # type: ignore[no-untyped-call]
        elif line.startswith("# "):
            document.add_heading(line[2:], level=1)
        else:
            document.add_paragraph(line)
    if table:
        grid = document.add_table(rows=0, cols=len(table[0]))
        for row in table:
            cells = grid.add_row().cells
            for cell, value in zip(cells, row, strict=False):
                cell.text = value
    buffer = io.BytesIO()
    document.save(buffer)
    path.write_bytes(steady_zip(buffer.getvalue()))


def write_xlsx(path: Path, heading: list[str], table: list[list[str]]) -> None:
    import openpyxl

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    for line in heading:
        sheet.append([line])
    sheet.append([])
    for row in table:
        sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    path.write_bytes(steady_zip(buffer.getvalue()))


def write_video(
    path: Path,
    seconds: float,
    audio: bool,
    title: str | None = None,
    fps: int = 5,
    size: tuple[int, int] = (160, 120),
    container: str | None = None,
    bitrate: int | None = None,
    faststart: bool = False,
) -> None:
    """A real, playable recording: moving colour bars, and a tone when ``audio``.

    With ``bitrate`` the picture carries noise, so the file really is that large (for benchmarks).
    """
    import av
    import numpy as np

    codec, audio_codec, default_container = VIDEO_FORMATS.get(
        path.suffix.lower(), ("mpeg4", "aac", "mp4")
    )
    options = {"movflags": "faststart"} if faststart else {}
    output = av.open(str(path), mode="w", format=container or default_container, options=options)
    if title:
        output.metadata["title"] = title
    stream: Any = output.add_stream(codec, rate=fps)
    stream.width, stream.height = size
    stream.pix_fmt = "yuv420p"
    noise = None
    if bitrate:
        stream.bit_rate = bitrate
        noise = np.random.default_rng(0).integers(
            0, 48, size=(8, size[1], size[0], 3), dtype=np.uint8
        )
    audio_stream: Any = None
    if audio:
        audio_stream = output.add_stream(audio_codec, rate=22050)
        audio_stream.layout = "mono"
        audio_stream.bit_rate = 64000
    frames = max(1, int(seconds * fps))
    width, height = size
    for index in range(frames):
        image = np.zeros((height, width, 3), dtype=np.uint8)
        image[:, :, 0] = (np.arange(width) * 2 + index * 7) % 256
        image[:, :, 1] = (index * 11) % 256
        image[:, :, 2] = (np.arange(height)[:, None] * 2) % 256
        if noise is not None:
            image += noise[index % len(noise)]
        frame = av.VideoFrame.from_ndarray(image, format="rgb24")
        for packet in stream.encode(frame):
            output.mux(packet)
    for packet in stream.encode():
        output.mux(packet)
    if audio_stream is not None:
        _encode_tone(audio_stream, output, seconds, rate=22050)
    output.close()


def _encode_tone(stream: object, output: object, seconds: float, rate: int = 16000) -> None:
    import av
    import numpy as np

    samples_per_frame = 1152
    total = int(seconds * rate)
    pts = 0
    while pts < total:
        t = (np.arange(samples_per_frame) + pts) / rate
        tone = (0.2 * np.sin(2 * math.pi * 440 * t)).astype(np.float32)
        frame = av.AudioFrame.from_ndarray(tone.reshape(1, -1), format="fltp", layout="mono")
        frame.sample_rate = rate
        frame.pts = pts
        frame.time_base = Fraction(1, rate)
        for packet in stream.encode(frame):  # type: ignore[attr-defined]
            output.mux(packet)  # type: ignore[attr-defined]
        pts += samples_per_frame
    for packet in stream.encode():  # type: ignore[attr-defined]
        output.mux(packet)  # type: ignore[attr-defined]


def write_audio(path: Path, seconds: float) -> None:
    """A compressed call recording (.mp3 or .m4a): a tone, really encoded."""
    import av

    codec, container = AUDIO_FORMATS[path.suffix.lower()]
    output = av.open(str(path), mode="w", format=container)
    stream: Any = output.add_stream(codec, rate=16000 if codec == "aac" else 22050)
    stream.layout = "mono"
    _encode_tone(stream, output, seconds, rate=stream.rate)
    output.close()


def write_wav(path: Path, seconds: float) -> None:
    """A real 999-call style recording: 8 kHz mono PCM."""
    rate = 8000
    frames = bytearray()
    for n in range(int(seconds * rate)):
        value = int(8000 * math.sin(2 * math.pi * 350 * n / rate) * (1 if (n // 4000) % 2 else 0.3))
        frames += value.to_bytes(2, "little", signed=True)
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(bytes(frames))


def write_eml(path: Path, sender: str, to: str, subject: str, body: str, date: str) -> None:
    message = email.message.EmailMessage()
    message["From"] = sender
    message["To"] = to
    message["Subject"] = subject
    message["Date"] = date
    message.set_content(body)
    path.write_bytes(bytes(message))


def write_msg(path: Path, sender: str, to: str, subject: str, body: str) -> None:
    """An Outlook .msg: a compound file with the MAPI property streams Outlook itself writes."""
    import struct

    from cfbwrite import Entry, write_ole

    def stream(name: str, data: bytes) -> Entry:
        return Entry(name=name, is_storage=False, size=len(data), read=lambda: data)

    strings = {  # MAPI property tags, PT_UNICODE
        0x001A001F: "IPM.Note",
        0x0037001F: subject,
        0x1000001F: body,
        0x0C1A001F: sender,
        0x0E04001F: to,
    }
    encoded = {tag: text.encode("utf-16-le") for tag, text in strings.items()}
    properties = bytes(32) + b"".join(
        struct.pack("<IIQ", tag, 0x6, len(data) + 2) for tag, data in encoded.items()
    )
    children = [stream(f"__substg1.0_{tag:08X}", data) for tag, data in encoded.items()]
    children.append(stream("__properties_version1.0", properties))
    names = [stream(f"__substg1.0_000{n}0102", b"") for n in (2, 3, 4)]
    children.append(
        Entry(name="__nameid_version1.0", is_storage=True, size=0, read=None, children=names)
    )
    write_ole(path, children)


def write_jpeg(path: Path, seed: int, size: tuple[int, int] = (64, 48)) -> None:
    from PIL import Image

    image = Image.new("RGB", size, ((seed * 37) % 256, (seed * 59) % 256, (seed * 83) % 256))
    image.save(path, format="JPEG", quality=60)
