"""Read scanned pages and pictures of documents with Tesseract OCR, inside the reader worker.

Tesseract runs in this process through tesserocr: no subprocess, no temporary file, nothing
written anywhere; page images stay in memory. OCR stops at ``OcrRequest.stop_at`` (a share of
the file's deadline), so a scanned file is never killed for taking too long: it reports the pages
it read instead. Figures behind the constants: docs/benchmarks.md, "OCR".
"""

from __future__ import annotations

import math
import os
import re
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

# Mean word confidence (0-100) from which OCR text is trusted. Measured on our scans (make
# bench-ocr): 200 dpi scans, fax-style 1-bit scans and phone photos read at 84-93 with under 4% of
# characters wrong; a worn low-resolution copy at 31 with 9 words in 10 wrong. 70 sits in the gap.
OCR_MIN_CONFIDENCE = 70.0
OCR_DPI = 200  # Tesseract reads typed text best at 200-300 dpi; 200 is faster and as accurate here
OCR_TIME_SHARE = 0.6  # OCR may use this share of the file's deadline; the rest is margin
MIN_IMAGE_SIDE = 200  # pixels: smaller pictures (thumbnails, icons) cannot hold a readable page
MAX_IMAGE_PIXELS = 36_000_000  # larger pages and photos are scaled down first (memory, time)
MAX_IMAGE_FRAMES = 500  # a multi-page TIFF (or GIF) beyond this is read no further
# A picture with fewer words than this is a photo, not a document: its text is kept, no finding.
MIN_DOCUMENT_WORDS = 8
LANGUAGE = "eng"
TESSDATA_DIRS = (
    "/usr/share/tesseract-ocr/5/tessdata",
    "/usr/share/tesseract-ocr/4.00/tessdata",
    "/usr/share/tessdata",
    "/usr/local/share/tessdata",
    "/opt/homebrew/share/tessdata",
)
# Tesseract reads a capital I in sans-serif type as a bar; alone between spaces it is the word "I".
LONE_BAR = re.compile(r"(?<!\S)\|(?!\S)")
# On a photographed page it reads the word "I" as "l", "1", "{" or "[" too: alone before a verb
# ("1 asked her", "{ could not"), run into "am" ("lam the older sister"), or into the verb
# ("[told her"). "l" and "1" only where a sentence, a line or a clause starts.
I_VERBS = (
    r"(?:am|was|were|have|had|did|do|could|would|should|will|can|kept|asked|told|said|rang|"
    r"phoned|called|drove|went|saw|heard|know|knew|think|thought|felt|got|made|sat|stayed|took|"
    r"left|tried|wanted|noticed|remember|recall|believe|looked|walked|ran|came|gave)\b"
)
LOST_I = re.compile(
    r"(?:(?<=^)|(?<=[\n.!?,]\s)|(?<=\band\s))(?:[l1{\[|]\s|[{\[](?=[a-z]))(?=" + I_VERBS + ")",
    re.MULTILINE,
)
BRACKET_I = re.compile(r"(?<=\s)[{\[](?=\s+" + I_VERBS + ")")
RUN_IN_AM = re.compile(r"(?:(?<=^)|(?<=[\n.!?]\s))lam\b", re.MULTILINE)


def restore_i(text: str) -> str:
    """The word "I" as a photographed page's OCR misreads it, put back."""
    text = LONE_BAR.sub("I", text)
    text = RUN_IN_AM.sub("I am", text)
    text = BRACKET_I.sub("I", text)
    return LOST_I.sub("I ", text)


NOT_INSTALLED = (
    "OCR is not installed (the Tesseract engine or its English language data is missing)"
)


class OcrUnavailable(Exception):
    """OCR cannot run here; the message says why in plain English."""


@dataclass(frozen=True)
class OcrRequest:
    """Whether to OCR, and the moment (``time.monotonic()``) by which OCR must have stopped."""

    enabled: bool = True
    stop_at: float = math.inf

    def seconds_left(self) -> float:
        return self.stop_at - time.monotonic()


@dataclass
class OcrReport:
    """What OCR did with the pages (or pictures) that had no text layer."""

    wanted: int
    read: int = 0
    confidences: list[float] = field(default_factory=list)
    failure: str | None = None

    @property
    def words(self) -> int:
        return len(self.confidences)

    @property
    def confidence(self) -> float | None:
        """Mean word confidence, 0-100, over the pages read; None when no word was found."""
        if not self.confidences:
            return None
        return round(sum(self.confidences) / len(self.confidences), 1)

    @property
    def ran(self) -> bool:
        return self.failure is None and self.read > 0

    @property
    def trusted(self) -> bool:
        confidence = self.confidence
        return confidence is not None and confidence >= OCR_MIN_CONFIDENCE

    def note(self, unit: str = "pages") -> str | None:
        """'OCR read 12 of 40 pages' when time ran out before the last page; else None."""
        if self.failure is None and self.read < self.wanted:
            return f"OCR read {self.read} of {self.wanted} {unit} before its time ran out"
        return None


MIN_SLANT_DEGREES = 0.5  # a page at a slant of at least this is straightened and read again
MIN_MEASURED_SLANT = 1.0  # the same when Tesseract gave none and the ink was measured instead


class Tesseract:
    """One Tesseract engine (about 0.1 s to start); use with ``with`` so its memory is freed."""

    def __init__(self) -> None:
        try:
            import tesserocr
        except ImportError as exc:
            raise OcrUnavailable(NOT_INSTALLED) from exc
        data = tessdata_dir()
        if data is None:
            raise OcrUnavailable(NOT_INSTALLED)
        try:
            self._api = tesserocr.PyTessBaseAPI(path=data, lang=LANGUAGE)
        except RuntimeError as exc:
            raise OcrUnavailable(f"OCR could not start ({exc})") from exc
        self._level = tesserocr.RIL.WORD

    def read(self, image: Any, seconds: float, dpi: int = 0) -> tuple[str, list[float]]:
        """The text of a greyscale PIL image and each word's confidence, in at most ``seconds``.

        ``dpi``: the image's resolution when known (Tesseract estimates it otherwise).
        A page photographed or fed in at a slant (Tesseract measures the slant of its lines) is
        straightened and read again when that reads more: a slant of a degree or two can lose
        most of a page. Raises TimeoutError when the time ran out first.
        """
        started = time.monotonic()
        text, confidences, slant = self._read_once(image, seconds, dpi)
        if slant == 0.0:
            # Tesseract gives no slant when it took the page for a picture (a phone photo of a
            # sheet on a dark desk: it read the short lines and dropped the paragraphs).
            measured = measured_slant(image)
            slant = measured if abs(measured) >= MIN_MEASURED_SLANT else 0.0
        left = seconds - (time.monotonic() - started)
        if abs(slant) >= MIN_SLANT_DEGREES and left > 0.5 * (seconds - left):
            straight = image.rotate(slant, expand=True, fillcolor=255)
            again, again_confidences, _ = self._read_once(straight, left, dpi)
            if len(again_confidences) > len(confidences):
                return again, again_confidences
        return text, confidences

    def _read_once(self, image: Any, seconds: float, dpi: int) -> tuple[str, list[float], float]:
        """One recognition: the text, the words' confidences and the lines' slant in degrees."""
        self._api.SetImage(image)
        if dpi > 0:
            self._api.SetSourceResolution(dpi)
        started = time.monotonic()
        if not self._api.Recognize(timeout=max(1, int(seconds * 1000))):
            if time.monotonic() - started >= 0.9 * seconds:
                raise TimeoutError
            return "", [], 0.0  # nothing Tesseract could lay out (a blank or tiny image)
        text: str = restore_i(self._api.GetUTF8Text())
        confidences: list[float] = []
        slant = 0.0
        iterator = self._api.GetIterator()
        if iterator is not None and text.strip():
            try:
                slant = math.degrees(iterator.Orientation()[3])
            except (RuntimeError, IndexError, TypeError):
                slant = 0.0
            # Word by word, skipping the empty "words" Tesseract reports on a blank page.
            for word in _iterate(iterator, self._level):
                if word.GetUTF8Text(self._level).strip():
                    confidences.append(float(word.Confidence(self._level)))
        text = text.strip("\n") + "\n" if text.strip() else ""
        return text, confidences, slant

    def close(self) -> None:
        self._api.End()

    def __enter__(self) -> Tesseract:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


SLANT_RANGE = 6.0  # degrees either way a photo or scan is looked at for its lines' slant
SLANT_STEP = 0.25
SLANT_SIDE = 1200  # pixels: the slant is measured on the image scaled to fit this


def measured_slant(image: Any) -> float:
    """The slant of a page's lines in degrees (``image.rotate(slant)`` straightens them),
    measured from the ink alone: the angle at which the ink's rows stack up most tightly.

    Ink is a pixel darker than the paper around it, where the paper is light: a dark desk or
    background around a photographed sheet is not ink. 0.0 when too little ink is found."""
    import numpy as np

    small = image.copy()
    small.thumbnail((SLANT_SIDE, SLANT_SIDE))
    grey = np.asarray(small, dtype=np.float64)
    height, width = grey.shape
    reach = max(4, min(height, width) // 80)
    total = np.zeros((height + 1, width + 1))
    total[1:, 1:] = grey.cumsum(0).cumsum(1)
    top = np.clip(np.arange(height) - reach, 0, height)
    bottom = np.clip(np.arange(height) + reach + 1, 0, height)
    left = np.clip(np.arange(width) - reach, 0, width)
    right = np.clip(np.arange(width) + reach + 1, 0, width)
    around = (
        total[bottom][:, right]
        - total[top][:, right]
        - total[bottom][:, left]
        + total[top][:, left]
    ) / ((bottom - top)[:, None] * (right - left)[None, :])
    rows, columns = np.nonzero((grey < around - 30) & (around > 140))
    if len(rows) < 500:
        return 0.0
    best, slant = -1.0, 0.0
    for angle in np.arange(-SLANT_RANGE, SLANT_RANGE + SLANT_STEP / 2, SLANT_STEP):
        turn = math.radians(float(angle))
        lines = rows * math.cos(turn) - columns * math.sin(turn)
        stacked = np.bincount((lines - lines.min()).astype(np.int64)).astype(np.float64)
        score = float((stacked * stacked).sum())
        if score > best:
            best, slant = score, float(angle)
    return slant


def _iterate(iterator: Any, level: Any) -> Iterator[Any]:
    from tesserocr import iterate_level

    yield from iterate_level(iterator, level)


def tessdata_dir() -> str | None:
    """The folder holding Tesseract's English data: $TESSDATA_PREFIX, then the usual places."""
    candidates = []
    prefix = os.environ.get("TESSDATA_PREFIX")
    if prefix:
        candidates += [prefix, str(Path(prefix) / "tessdata")]
    candidates += TESSDATA_DIRS
    for folder in candidates:
        if (Path(folder) / f"{LANGUAGE}.traineddata").is_file():
            return folder
    return None


def ocr_available() -> bool:
    """Whether OCR can run on this machine (tesserocr and the English data are installed)."""
    try:
        Tesseract().close()
    except OcrUnavailable:
        return False
    return True


def ocr_pdf_pages(
    document: Any, indices: list[int], request: OcrRequest
) -> tuple[dict[int, str], OcrReport]:
    """OCR the pages ``indices`` of an open pypdfium2 document, in order, until time runs out."""
    report = OcrReport(wanted=len(indices))
    texts: dict[int, str] = {}
    if not request.enabled:
        report.failure = "OCR is turned off"
        return texts, report
    try:
        engine = Tesseract()
    except OcrUnavailable as exc:
        report.failure = str(exc)
        return texts, report
    with engine:
        pace = _Pace()
        for index in indices:
            if not pace.room_for_one_more(request):
                break
            page = document[index]
            try:
                image, dpi = _render(page)
            finally:
                page.close()
            try:
                text, confidences = engine.read(image, request.seconds_left(), dpi)
            except TimeoutError:
                break
            pace.done()
            texts[index] = text
            report.read += 1
            report.confidences += confidences
    return texts, report


def ocr_image(handle: IO[bytes], request: OcrRequest) -> tuple[str, OcrReport]:
    """OCR a picture (JPEG, PNG, TIFF ...): every frame of a multi-page TIFF, turned upright."""
    from PIL import Image, ImageOps, ImageSequence, UnidentifiedImageError

    report = OcrReport(wanted=1)
    if not request.enabled:
        report.failure = "OCR is turned off"
        return "", report
    try:
        picture = Image.open(handle)
        frames = getattr(picture, "n_frames", 1)
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError) as exc:
        report.failure = f"the picture could not be decoded for OCR ({_short(exc)})"
        return "", report
    report.wanted = min(frames, MAX_IMAGE_FRAMES)
    if max(picture.size) < MIN_IMAGE_SIDE or min(picture.size) < MIN_IMAGE_SIDE // 2:
        report.wanted = 0  # a thumbnail or an icon: nothing to read, nothing to report
        return "", report
    try:
        engine = Tesseract()
    except OcrUnavailable as exc:
        report.failure = str(exc)
        return "", report
    texts: list[str] = []
    with engine:
        pace = _Pace()
        try:
            for number, frame in enumerate(ImageSequence.Iterator(picture)):
                if number >= MAX_IMAGE_FRAMES or not pace.room_for_one_more(request):
                    break
                # Phones store the picture as the sensor saw it and a tag saying how to turn it.
                upright = ImageOps.exif_transpose(frame) if number == 0 else frame
                try:
                    text, confidences = engine.read(_greyscale(upright), request.seconds_left())
                except TimeoutError:
                    break
                pace.done()
                texts.append(text)
                report.read += 1
                report.confidences += confidences
        except (OSError, ValueError, SyntaxError, Image.DecompressionBombError) as exc:
            if not report.read:
                report.failure = f"the picture could not be decoded for OCR ({_short(exc)})"
    return "\f".join(texts), report


class _Pace:
    """Starts another page only if the slowest page so far would still finish in time."""

    def __init__(self) -> None:
        self.slowest = 0.0
        self._started = time.monotonic()

    def room_for_one_more(self, request: OcrRequest) -> bool:
        self._started = time.monotonic()
        return request.seconds_left() > max(0.5, 1.2 * self.slowest)

    def done(self) -> None:
        self.slowest = max(self.slowest, time.monotonic() - self._started)


def _render(page: Any) -> tuple[Any, int]:
    """A greyscale image of a PDF page at OCR_DPI (lower if that would be huge), and its dpi."""
    width, height = page.get_size()  # points
    scale = OCR_DPI / 72
    pixels = width * height * scale * scale
    if pixels > MAX_IMAGE_PIXELS:
        scale *= math.sqrt(MAX_IMAGE_PIXELS / pixels)
    bitmap = page.render(scale=scale, grayscale=True)
    try:
        return bitmap.to_pil().convert("L"), round(scale * 72)
    finally:
        bitmap.close()


def _greyscale(image: Any) -> Any:
    from PIL import Image

    if image.width * image.height > MAX_IMAGE_PIXELS:
        factor = math.sqrt(MAX_IMAGE_PIXELS / (image.width * image.height))
        size = (max(1, int(image.width * factor)), max(1, int(image.height * factor)))
        image = image.resize(size, Image.Resampling.BILINEAR)
    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
        # Transparent areas are black underneath; put the picture on white paper first.
        rgba = image.convert("RGBA")
        paper = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        image = Image.alpha_composite(paper, rgba)
    return image.convert("L")


def _short(exc: BaseException) -> str:
    return (str(exc) or type(exc).__name__).splitlines()[0][:120]
