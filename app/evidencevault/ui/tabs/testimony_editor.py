"""The testimony editor: original and translation side by side, interview details,
and the consent panel (one decision per use)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QSplitter,
    QVBoxLayout, QWidget,
)

from evidencevault.domain.testimony import NOT_ASKED, Testimony
from evidencevault.ui.vocab import Vocabularies, language

STATES = (NOT_ASKED, "given", "refused", "withdrawn")


def state_label(state: str) -> str:
    return {NOT_ASKED: QCoreApplication.translate("testimonies", "not asked"), "given": QCoreApplication.translate("testimonies", "given"),
            "refused": QCoreApplication.translate("testimonies", "refused"), "withdrawn": QCoreApplication.translate("testimonies", "withdrawn")}[state]


class WrappedLabel(QLabel):
    """A word-wrapped label that asks its layout for the height of all its lines (a form layout
    otherwise gives it one row's height and long consent uses are cut off, as in Russian)."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        needed = self.heightForWidth(self.width())
        if needed != self.minimumHeight():
            self.setMinimumHeight(needed)


class TestimonyEditor(QWidget):
    __test__ = False
    edited = Signal()

    def __init__(self, vocab: Vocabularies, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("testimonyEditor")
        texts = self._texts()
        bottom = QWidget(self)
        row = QHBoxLayout(bottom)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self._details(), 1)
        row.addWidget(self._consent(vocab), 1)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.setObjectName("testimonyEditorSplitter")
        split.addWidget(texts)
        split.addWidget(bottom)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 0)
        split.setSizes([420, 230])
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)

    def _texts(self) -> QSplitter:
        """Original and translation side by side, in a slightly larger reading font."""
        reading = QFont()
        reading.setPointSizeF(reading.pointSizeF() * 1.15)
        self.original = self._text_edit("testimonyOriginalEdit", reading,
                                        self.tr("The testimony in the words and language it was given…"))
        self.translation = self._text_edit("testimonyTranslationEdit", reading, self.tr("Translation (optional)…"))
        self.language_edit = self._line("testimonyLanguageEdit", "ru")
        self.translation_language_edit = self._line("translationLanguageEdit", "en")
        texts = QSplitter(self)
        texts.setObjectName("testimonyTextSplitter")
        texts.addWidget(self._titled(self.tr("Original"), self.original, self.language_edit))
        texts.addWidget(self._titled(self.tr("Translation"), self.translation, self.translation_language_edit))
        return texts

    def _details(self) -> QGroupBox:
        self.interviewee_edit = self._line("intervieweeEdit", self.tr("Who gave the testimony"))
        self.interviewer_edit = self._line("interviewerEdit", "")
        self.interpreter_edit = self._line("interpreterEdit", "")
        self.present_edit = self._line("personsPresentEdit", self.tr("Comma-separated"))
        self.date_edit = self._line("testimonyDateEdit", self.tr("14.03.2021, 03.2021 or 2021"))
        self.place_edit = self._line("testimonyPlaceEdit", "")
        details = QGroupBox(self.tr("Interview"), self)
        form = QFormLayout(details)
        form.setVerticalSpacing(4)
        for label, edit in ((self.tr("Interviewee:"), self.interviewee_edit),
                            (self.tr("Interviewer:"), self.interviewer_edit),
                            (self.tr("Interpreter:"), self.interpreter_edit),
                            (self.tr("Also present:"), self.present_edit),
                            (self.tr("Date:"), self.date_edit), (self.tr("Place:"), self.place_edit)):
            form.addRow(label, edit)
        return details

    def _consent(self, vocab: Vocabularies) -> QGroupBox:
        """One decision per use: not asked / given / refused / withdrawn."""
        self.consent_boxes: dict[str, QComboBox] = {}
        consent = QGroupBox(self.tr("Consent"), self)
        consent.setObjectName("consentPanel")
        form = QFormLayout(consent)
        form.setVerticalSpacing(4)
        for term in vocab.terms("consent_use"):
            box = QComboBox(consent)
            box.setObjectName(f"consent_{term.code}")
            for state in STATES:
                box.addItem(state_label(state), state)
            box.currentIndexChanged.connect(lambda *_: self.edited.emit())
            label = WrappedLabel(term.label(language()) + ":", consent)
            label.setObjectName(f"consentLabel_{term.code}")
            form.addRow(label, box)
            self.consent_boxes[term.code] = box
        return consent

    def _text_edit(self, name: str, font: QFont, placeholder: str) -> QPlainTextEdit:
        edit = QPlainTextEdit(self)
        edit.setObjectName(name)
        edit.setFont(font)
        edit.setPlaceholderText(placeholder)
        edit.setTabChangesFocus(True)
        edit.textChanged.connect(self.edited)
        return edit

    def _line(self, name: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setPlaceholderText(placeholder)
        edit.textEdited.connect(lambda *_: self.edited.emit())
        return edit

    def _titled(self, title: str, edit: QPlainTextEdit, language_edit: QLineEdit) -> QGroupBox:
        box = QGroupBox(title, self)
        layout = QFormLayout(box)
        layout.addRow(self.tr("Language:"), language_edit)
        layout.addRow(edit)
        language_edit.setMaximumWidth(90)
        return box

    # --- values ----------------------------------------------------------------
    def fields(self) -> dict:
        """Everything typed, as plain JSON-able values (what a draft keeps)."""
        return {
            "text": self.original.toPlainText(), "language": self.language_edit.text().strip(),
            "translation": self.translation.toPlainText(),
            "translation_language": self.translation_language_edit.text().strip(),
            "interviewee_name": self.interviewee_edit.text(), "interviewer": self.interviewer_edit.text(),
            "interpreter": self.interpreter_edit.text(),
            "persons_present": [p.strip() for p in self.present_edit.text().split(",") if p.strip()],
            "taken_on": self.date_edit.text(), "place": self.place_edit.text(),
            "consent": {use: box.currentData() for use, box in self.consent_boxes.items()},
        }

    def set_fields(self, fields: dict) -> None:
        blockers = [w.blockSignals(True) for w in self._inputs()]
        self.original.setPlainText(str(fields.get("text", "")))
        self.language_edit.setText(str(fields.get("language", "")))
        self.translation.setPlainText(str(fields.get("translation", "")))
        self.translation_language_edit.setText(str(fields.get("translation_language", "")))
        self.interviewee_edit.setText(str(fields.get("interviewee_name", "")))
        self.interviewer_edit.setText(str(fields.get("interviewer", "")))
        self.interpreter_edit.setText(str(fields.get("interpreter", "")))
        self.present_edit.setText(", ".join(fields.get("persons_present", ()) or ()))
        self.date_edit.setText(str(fields.get("taken_on", "")))
        self.place_edit.setText(str(fields.get("place", "")))
        consent = fields.get("consent", {}) or {}
        for use, box in self.consent_boxes.items():
            box.setCurrentIndex(max(0, box.findData(consent.get(use, NOT_ASKED))))
        for widget, was in zip(self._inputs(), blockers):
            widget.blockSignals(was)

    def _inputs(self) -> list[QWidget]:
        return [self.original, self.translation, self.language_edit, self.translation_language_edit,
                self.interviewee_edit, self.interviewer_edit, self.interpreter_edit, self.present_edit,
                self.date_edit, self.place_edit, *self.consent_boxes.values()]


def testimony_fields(testimony: Testimony) -> dict:
    translation = testimony.translations[-1] if testimony.translations else None
    return {
        "text": testimony.text, "language": testimony.language,
        "translation": translation.text if translation else "",
        "translation_language": translation.language if translation else "",
        "interviewee_name": testimony.interviewee_name, "interviewer": testimony.interviewer,
        "interpreter": testimony.interpreter, "persons_present": list(testimony.persons_present),
        "taken_on": testimony.taken_on.to_text(), "place": testimony.place,
        "consent": {use: decision.state for use, decision in testimony.consent().items()},
    }
