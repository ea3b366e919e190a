"""The gatekeeper's settings: who they are (for action plans), where the register is, how long
one file may take to read, and OCR. Kept with QSettings; the window applies them at once."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from gatekeeper.pool import Budget
from gatekeeper.register import default_path

DEFAULT_SECONDS = int(Budget().seconds)


@dataclass
class Preferences:
    name: str = ""
    phone: str = ""
    email: str = ""
    register: str = ""
    """A register path or database URL; empty for the default (or GATEKEEPER_REGISTER)."""
    seconds_per_file: int = DEFAULT_SECONDS
    ocr: bool = True
    signing_key: str = ""
    """The unit's private key file: packs are signed with it; empty for unsigned packs."""

    @classmethod
    def load(cls) -> Preferences:
        settings = QSettings()

        def text(key: str) -> str:
            value = settings.value(f"preferences/{key}", "")
            return value if isinstance(value, str) else ""

        seconds = settings.value("preferences/seconds_per_file", DEFAULT_SECONDS)
        ocr = settings.value("preferences/ocr", True)
        return cls(
            name=text("name"),
            phone=text("phone"),
            email=text("email"),
            register=text("register"),
            seconds_per_file=int(str(seconds)) if str(seconds).isdigit() else DEFAULT_SECONDS,
            ocr=ocr not in (False, "false", "0"),
            signing_key=text("signing_key"),
        )

    def save(self) -> None:
        settings = QSettings()
        for key, value in vars(self).items():
            settings.setValue(f"preferences/{key}", value)
        settings.sync()

    def budget(self) -> Budget:
        return Budget(seconds=float(self.seconds_per_file), ocr=self.ocr)


class SettingsDialog(QDialog):
    def __init__(self, preferences: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Settings")
        self.name = QLineEdit(preferences.name)
        self.phone = QLineEdit(preferences.phone)
        self.email = QLineEdit(preferences.email)
        self.register = QLineEdit(preferences.register)
        self.register.setPlaceholderText(f"default: {default_path()}")
        self.seconds = QSpinBox()
        self.seconds.setRange(5, 600)
        self.seconds.setSuffix(" s")
        self.seconds.setValue(preferences.seconds_per_file)
        self.ocr = QCheckBox("Read scanned pages and pictures of documents by OCR")
        self.ocr.setChecked(preferences.ocr)
        self.signing_key = QLineEdit(preferences.signing_key)
        self.signing_key.setPlaceholderText("none: packs are not signed")
        form = QFormLayout(self)
        for label, widget, accessible in (
            ("Your &name", self.name, "Your name, for action plans"),
            ("Your direct &phone", self.phone, "Your direct phone, for action plans"),
            ("Your &email", self.email, "Your email, for action plans"),
            ("Case &register", self.register, "Case register: a file or a PostgreSQL address"),
            ("Time allowed per &file", self.seconds, "Time allowed to read one file"),
            (
                "Unit's si&gning key",
                self.signing_key,
                "The unit's private key file for signing referral packs",
            ),
        ):
            widget.setAccessibleName(accessible)
            form.addRow(label, widget)
        form.addRow("", self.ocr)
        note = QLabel(
            "A register shared by a unit belongs on PostgreSQL "
            "(postgresql+psycopg://user@server/gatekeeper). Plans name you with these details "
            "(the 2021 inspection asks for direct contact details). The unit's signing key "
            "(made by 'gatekeeper keys new') signs each pack's manifest; whoever verifies a pack "
            "uses the unit's public key."
        )
        note.setWordWrap(True)
        form.addRow(note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def preferences(self) -> Preferences:
        return Preferences(
            name=self.name.text().strip(),
            phone=self.phone.text().strip(),
            email=self.email.text().strip(),
            register=self.register.text().strip(),
            seconds_per_file=self.seconds.value(),
            ocr=self.ocr.isChecked(),
            signing_key=self.signing_key.text().strip(),
        )
