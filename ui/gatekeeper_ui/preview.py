"""A document as it was read: its text (and OCR confidence), tables and media details.

Shown from what the check read in its reader processes and keeps in memory, so previewing never
opens or parses a file in the window's process. Page images and playback are still to come.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from gatekeeper.models import Document, Extraction, FileFormat
from gatekeeper_ui.media import MediaView

SHOWN_CHARS = 200_000
SHOWN_ROWS = 500


class PreviewView(QWidget):
    page_asked = Signal(str, int)  # path, page (from 0)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page = 0
        self.pages = 0
        self.browser = QTextBrowser()
        self.browser.setAccessibleName("Document preview")
        self.browser.setOpenLinks(False)
        # A picture of the page, drawn in a reader process, above what was read from it.
        self.picture = QLabel()
        self.picture.setAccessibleName("Picture of the page")
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        scroll = QScrollArea()
        scroll.setWidget(self.picture)
        scroll.setWidgetResizable(True)
        self.page_label = QLabel("")
        self.previous_page = QPushButton("< Previous page")
        self.previous_page.setAccessibleName("Previous page")
        self.next_page = QPushButton("Next page >")
        self.next_page.setAccessibleName("Next page")
        self.previous_page.clicked.connect(lambda: self._ask(self.page - 1))
        self.next_page.clicked.connect(lambda: self._ask(self.page + 1))
        pages = QHBoxLayout()
        pages.addWidget(self.previous_page)
        pages.addWidget(self.page_label, 1, Qt.AlignmentFlag.AlignCenter)
        pages.addWidget(self.next_page)
        self.picture_area = QWidget()
        picture_layout = QVBoxLayout(self.picture_area)
        picture_layout.setContentsMargins(0, 0, 0, 0)
        picture_layout.addLayout(pages)
        picture_layout.addWidget(scroll, 1)
        self.media = MediaView()
        self.media.hide()
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.picture_area)
        split.addWidget(self.media)
        split.addWidget(self.browser)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)
        self.path: str | None = None
        self.clear()

    def clear(self) -> None:
        self.path = None
        self.picture_area.hide()
        self.media.stop()
        self.media.hide()
        self.browser.setHtml("<p><i>Select a document to see what was read from it.</i></p>")

    def show_document(self, document: Document, extraction: Extraction | None) -> None:
        if document.path != self.path:
            self.picture_area.hide()
            self.media.stop()
            self.media.hide()
            self.page, self.pages = 0, 0
        self.path = document.path
        self.browser.setHtml(preview_html(document, extraction))

    def show_media(self, file: Path, document: Document) -> None:
        """Offer a recording for playback, if the check found it plays."""
        self.picture_area.hide()
        self.page, self.pages = 0, 0
        self.media.show()
        if not document.playable:
            self.media.stop()
            self.media.note.setText(
                "The check found that this recording does not play (no frames could be decoded), "
                "so it is not opened here."
            )
            self.media.play_button.setEnabled(False)
            return
        self.media.open(file, has_video=document.format is FileFormat.VIDEO)

    def show_picture(
        self, path: str, page: int, png: bytes | None, pages: int, problem: str | None
    ) -> None:
        if path != self.path:
            return
        if png is None:
            self.picture_area.hide()
            return
        image = QImage.fromData(png)
        self.picture.setPixmap(QPixmap.fromImage(image))
        self.page, self.pages = page, pages
        self.page_label.setText(f"Page {page + 1} of {pages}")
        self.previous_page.setEnabled(page > 0)
        self.next_page.setEnabled(page + 1 < pages)
        self.picture_area.show()

    def _ask(self, page: int) -> None:
        if self.path is not None and 0 <= page < self.pages:
            self.page_asked.emit(self.path, page)

    def text(self) -> str:
        return self.browser.toPlainText()


def preview_html(document: Document, extraction: Extraction | None) -> str:
    parts = [f"<h3>{escape(document.path)}</h3>", f"<p>{escape(_facts(document))}</p>"]
    if document.problem:
        parts.append(f"<p style='color:#b00020'>{escape(document.problem)}</p>")
    if extraction is None:
        parts.append("<p><i>Nothing read from this file is in memory (check again, F5).</i></p>")
        return "".join(parts)
    media = extraction.media
    if media is not None:
        rows = [
            ("Container", media.container),
            ("Video", media.video_codec),
            ("Audio", media.audio_codec),
            ("Size", f"{media.width} x {media.height}" if media.width else None),
            ("Title", media.title),
            (
                "Plays",
                None if document.playable is None else ("yes" if document.playable else "no"),
            ),
        ]
        parts.append(_table([[k, v] for k, v in rows if v]))
    if extraction.ocr:
        confidence = extraction.ocr_confidence
        shown = f" (mean confidence {confidence:.0f}%)" if confidence is not None else ""
        parts.append(f"<p><b>Read by OCR{escape(shown)}</b>: check names and dates by eye.</p>")
    for number, table in enumerate(extraction.tables[:20], start=1):
        parts.append(f"<p><b>Table {number}</b></p>" + _table(table[:SHOWN_ROWS]))
    text = extraction.text
    if text.strip():
        more = len(text) > SHOWN_CHARS or extraction.text_truncated
        pages = escape(text[:SHOWN_CHARS]).replace("\f", "<hr/>")
        parts.append(f"<pre style='white-space: pre-wrap'>{pages}</pre>")
        if more:
            parts.append("<p><i>The rest of the text is not shown here.</i></p>")
    return "".join(parts)


def _facts(document: Document) -> str:
    facts = [document.type.plain]
    if document.role is not None:
        facts.append(f"statement of the {document.role.value.replace('_', ' ')}")
    if document.maker:
        facts.append(f"made by {document.maker}")
    if document.pages:
        facts.append(f"{document.pages} page(s)")
    if document.duration_s is not None:
        facts.append(f"{document.duration_s:.0f} s")
    facts.append(f"{document.size:,} bytes")
    if document.sha256:
        facts.append(f"SHA-256 {document.sha256[:16]}...")
    return "; ".join(facts)


def _table(rows: list[list[str]]) -> str:
    body = "".join(
        "<tr>" + "".join(f"<td>{escape(str(cell))}</td>" for cell in row) + "</tr>" for row in rows
    )
    return f"<table border='1' cellspacing='0' cellpadding='3'>{body}</table>"
