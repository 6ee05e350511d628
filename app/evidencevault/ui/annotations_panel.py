"""Reviewer notes beside one record: the notes already written (who, when, rating, note)
and a box to add one. Notes are kept apart from the record, so they can be added to
records imported read-only from a bundle too: the record itself never changes."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPlainTextEdit,
    QFrame, QPushButton, QScrollArea, QToolButton, QVBoxLayout, QWidget,
)

from evidencevault.domain.annotation import Annotation
from evidencevault.domain.errors import VaultError
from evidencevault.services.annotations import AnnotationService
from evidencevault.ui import labels
from evidencevault.ui.context import WorkspaceContext
from evidencevault.ui.error_text import error_sentence
from evidencevault.ui.vocab import Vocabularies

ANNOTATION_ROLE = Qt.ItemDataRole.UserRole + 1


class AnnotationsPanel(QWidget):
    """``show_target(kind, id)`` when the record shown changes (``None`` id: nothing to annotate)."""

    added = Signal(object)  # Annotation

    def __init__(self, context: WorkspaceContext, parent: QWidget | None = None, *,
                 collapsed: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("annotationsPanel")
        self._context = context
        self._service: AnnotationService = context.service(AnnotationService)
        self._vocab: Vocabularies = context.service(Vocabularies)
        self.target: tuple[str, str] | None = None
        self.annotations: list[Annotation] = []
        self.toggle = QToolButton(self)
        self.toggle.setObjectName("annotationsToggle")
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setCheckable(True)
        self.toggle.setAutoRaise(True)
        self.toggle.toggled.connect(self._set_open)
        self.body = QWidget(self)
        self.body.setObjectName("annotationsBody")
        self._build_body()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toggle)
        layout.addWidget(self.body)
        self.toggle.setChecked(not collapsed)  # the header folds the notes away, or opens them
        self._set_open(not collapsed)
        self.show_target(None, None)

    def _build_body(self) -> None:
        self.list = QListWidget(self.body)
        self.list.setObjectName("annotationList")
        self.list.setWordWrap(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.list.setMinimumHeight(60)
        self.list.setMaximumHeight(130)  # many notes scroll inside; the note box stays in view
        self.list.setAlternatingRowColors(True)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.empty = QLabel(self.body)
        self.empty.setObjectName("annotationsEmpty")
        self.empty.setProperty("role", "subtle")
        self.empty.setWordWrap(True)
        self.note_edit = QPlainTextEdit(self.body)
        self.note_edit.setObjectName("annotationNoteEdit")
        self.note_edit.setPlaceholderText(self.tr("Your note; the record itself is not changed"))
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setMinimumHeight(48)
        self.note_edit.setMaximumHeight(72)
        self.note_edit.installEventFilter(self)
        self.rating_box = QComboBox(self.body)
        self.rating_box.setObjectName("annotationReliabilityCombo")
        self.rating_box.setToolTip(self.tr("How far the record can be trusted, in your view"))
        self._vocab.fill(self.rating_box, "reliability", "", blank=self.tr("not rated"))
        self.add_button = QPushButton(self.tr("Add note"), self.body)
        self.add_button.setObjectName("addAnnotationButton")
        self.add_button.setToolTip(self.tr("Add the note (Ctrl+Enter)"))
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add)
        self.error = QLabel(self.body)
        self.error.setObjectName("annotationError")
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        rating = QHBoxLayout()
        rating.addWidget(QLabel(self.tr("Reliability:"), self.body))
        rating.addWidget(self.rating_box)
        rating.addStretch(1)
        adding = QHBoxLayout()  # a row of its own keeps the panel as narrow as a side panel
        adding.addWidget(self.error, 1)
        adding.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self.body)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.list, self.empty, self.note_edit):
            layout.addWidget(widget)
        layout.addLayout(rating)
        layout.addLayout(adding)

    # --- showing -------------------------------------------------------------------
    def show_target(self, kind: str | None, target_id: str | None) -> None:
        """Show the notes on one record; ``None`` when no saved record is shown."""
        changed = self.target != ((kind, target_id) if kind and target_id else None)
        self.target = (kind, target_id) if kind and target_id else None
        if changed:
            self.note_edit.clear()
            self.error.clear()
        for widget in (self.note_edit, self.rating_box, self.add_button):
            widget.setEnabled(self.target is not None)
        self.refresh()

    def refresh(self) -> None:
        self.annotations = (sorted(self._service.annotations_on(*self.target), key=lambda a: (a.created_at, a.id))
                            if self.target else [])
        self.list.clear()
        for annotation in self.annotations:
            item = QListWidgetItem(self.describe(annotation))
            item.setData(ANNOTATION_ROLE, annotation.id)
            self.list.addItem(item)
        self.list.setVisible(bool(self.annotations))
        self.empty.setVisible(not self.annotations)
        self.empty.setText(self.tr("No notes yet.") if self.target
                           else self.tr("Save the record first; then notes can be added beside it."))
        self.toggle.setText(self.tr("Reviewer notes (%1)").replace("%1", str(len(self.annotations))))

    def describe(self, annotation: Annotation) -> str:
        """'reviewer · 26 Nov 2026, 15:05 · probably true' and the note below."""
        parts = [annotation.reviewer or self.tr("unknown reviewer"), labels.local_time(annotation.created_at)]
        if annotation.reliability:
            parts.append(self._vocab.label("reliability", annotation.reliability))
        if annotation.consistency:
            parts.append(self._vocab.label("istanbul_consistency", annotation.consistency))
        if annotation.read_only:
            parts.append(self.tr("imported"))
        head = " · ".join(p for p in parts if p)
        return f"{head}\n{annotation.note}" if annotation.note else head

    def _set_open(self, open_: bool) -> None:
        self.body.setVisible(open_)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if open_ else Qt.ArrowType.RightArrow)

    # --- adding --------------------------------------------------------------------
    def add(self) -> Annotation | None:
        if self.target is None:
            return None
        note = self.note_edit.toPlainText().strip()
        if not note:
            self.error.setText(self.tr("Write the note first; an empty note is not added."))
            self.note_edit.setFocus()
            return None
        try:
            annotation = self._service.annotate(*self.target, note, reliability=self.rating_box.currentData() or "")
        except VaultError as error:
            self.error.setText(error_sentence(error))
            return None
        self.error.clear()
        self.note_edit.clear()
        self.rating_box.setCurrentIndex(0)
        self.refresh()
        self.added.emit(annotation)
        self._context.notify(self.tr("Note added beside the record; the record itself is unchanged."))
        return annotation

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if (watched is self.note_edit and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            self.add()
            return True
        return super().eventFilter(watched, event)


def notes_below(top: QWidget, panel: AnnotationsPanel, name: str) -> QScrollArea:
    """``top`` with the notes under it, scrolling together, so a side panel never makes its
    window taller than a small laptop screen."""
    column = QWidget()
    column.setObjectName(f"{name}Column")
    layout = QVBoxLayout(column)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(top)
    layout.addWidget(panel)
    layout.addStretch(1)
    scroll = _SideScroll()
    scroll.setObjectName(name)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setWidget(column)
    return scroll


class _SideScroll(QScrollArea):
    """As wide as its widest row (nothing cut at the right); it scrolls only up and down."""

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        hint = super().minimumSizeHint()
        if self.widget() is not None:
            hint.setWidth(self.widget().minimumSizeHint().width() + self.verticalScrollBar().sizeHint().width())
        return hint
