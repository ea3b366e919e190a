"""Write real files of each format the demo cases use: PDF, DOCX, XLSX, video, audio, e-mail.

Every file is made here from text, never copied from anywhere, so tests need no stored binaries.
"""

from __future__ import annotations

import email.message
import io
import math
import wave
from fractions import Fraction
from pathlib import Path
from typing import Any

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


def _latin1(text: str) -> str:
    return text.encode("latin-1", "replace").decode("latin-1")


def write_pdf(
    path: Path, lines: list[str], title: str | None = None, password: str | None = None
) -> None:
    """A text PDF; a line starting with '# ' is a heading. Form feeds start a new page."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
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


def write_scanned_pdf(path: Path, lines: list[str] | None = None, pages: int = 2) -> None:
    """A PDF of page images only, as a scanner makes: grey lines standing in for typed text."""
    from fpdf import FPDF
    from PIL import Image, ImageDraw

    pdf = FPDF(format="A4")
    for page in range(pages):
        image = Image.new("L", (420, 594), 255)
        draw = ImageDraw.Draw(image)
        for row in range(30):
            draw.rectangle(
                (40, 40 + row * 16, 380 - (row * 37 + page * 11) % 120, 48 + row * 16), fill=90
            )
        pdf.add_page()
        pdf.image(image, x=0, y=0, w=210, h=297)
    path.write_bytes(bytes(pdf.output()))


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
    path.write_bytes(buffer.getvalue())


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
    path.write_bytes(buffer.getvalue())


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
