"""Playing a recording (the ABE interview, CCTV, a 999 call) where this machine can.

Qt Multimedia is loaded only when a recording is opened, and only a recording the check found
playable (its frames decoded in a reader process) is played. Where Qt Multimedia cannot load (a
missing system library) or cannot open the file, the person is told so plainly; the rest of the
preview is unaffected.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class MediaView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.note = QLabel("")
        self.note.setAccessibleName("About playing this recording")
        self.note.setWordWrap(True)
        self.play_button = QPushButton("&Play")
        self.play_button.setAccessibleName("Play or pause the recording")
        self.play_button.clicked.connect(self.toggle)
        self.position = QLabel("")
        controls = QHBoxLayout()
        controls.addWidget(self.play_button)
        controls.addWidget(self.position, 1)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addLayout(controls)
        self._layout.addWidget(self.note)
        self.player: Any = None
        self._video: Any = None
        self._audio: Any = None
        self.status: str = ""

    def open(self, file: Path, has_video: bool) -> bool:
        """Load a recording; False (with the reason shown) when this machine cannot play it."""
        self.stop()
        try:
            from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer
            from PySide6.QtMultimediaWidgets import QVideoWidget
        except ImportError as exc:
            self._cannot(
                f"Recordings cannot be played on this machine: Qt Multimedia could not load ({exc})."
            )
            return False
        if self.player is None:
            self.player = QMediaPlayer(self)
            self._audio = QAudioOutput(self)
            self.player.setAudioOutput(self._audio)
            self._video = QVideoWidget()
            self._video.setAccessibleName("Recording")
            self._video.setMinimumHeight(240)
            self._layout.insertWidget(0, self._video, 1)
            self.player.mediaStatusChanged.connect(self._status)
            self.player.errorOccurred.connect(
                lambda _, message: self._cannot(f"This recording cannot be played here: {message}.")
            )
            self.player.positionChanged.connect(self._moved)
            self.player.playbackStateChanged.connect(self._state)
        self._video.setVisible(has_video)
        self.player.setVideoOutput(self._video)
        self.note.setText("")
        self.play_button.setEnabled(True)
        self.player.setSource(QUrl.fromLocalFile(str(file)))
        return True

    def toggle(self) -> None:
        if self.player is None:
            return
        if self.player.isPlaying():
            self.player.pause()
        else:
            self.player.play()

    def stop(self) -> None:
        if self.player is not None:
            self.player.stop()
            self.play_button.setText("&Play")

    def _status(self, status: Any) -> None:
        self.status = status.name

    def _state(self, state: Any) -> None:
        """The button says what a press will do: Pause while it plays, Play once it has paused,
        stopped or come to its end (a finished clip plays again from the start)."""
        self.play_button.setText("P&ause" if state.name == "PlayingState" else "&Play")

    def _moved(self, ms: int) -> None:
        total = self.player.duration() if self.player is not None else 0
        self.position.setText(f"{_clock(ms)} of {_clock(total)}")

    def _cannot(self, message: str) -> None:
        self.status = "cannot play"
        self.note.setText(message)
        self.play_button.setEnabled(False)


def _clock(ms: int) -> str:
    seconds = max(0, ms) // 1000
    return f"{seconds // 3600:d}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"
